// First: it asks for the timeline's code before the rest of the app is evaluated.
import { timelineCode } from './app/start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import './app/kind-colors.css';
import { loadDataset } from './features/dataset/load-dataset';
import { registerServiceWorker } from './lib/offline/register-service-worker';

// The data was requested by index.html; the workspace appears once it and the timeline's code are in.
void loadDataset(timelineCode);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
