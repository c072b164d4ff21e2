// First: it asks for the data and the timeline's code before the rest of the app is evaluated.
import './app/start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import './app/kind-colors.css';
import './app/print.css';
import { registerServiceWorker } from './lib/offline/register-service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
