import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import './app/kind-colors.css';
import { loadDataset } from './features/dataset/load-dataset';
import { registerServiceWorker } from './lib/offline/register-service-worker';

// Ask for the data before React starts: the request runs while the page renders its shell.
void loadDataset();

// Start fetching the timeline's code at once, beside the data, on screens that open on the timeline.
if (!window.matchMedia('(max-width: 48rem)').matches) void import('./features/timeline/TimelineView');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
