import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { TimelineView } from './app/on-demand-views';
import './app/app.css';
import './app/kind-colors.css';
import { loadDataset } from './features/dataset/load-dataset';
import { registerServiceWorker } from './lib/offline/register-service-worker';

// Ask for the data, and on screens that open on the timeline its code, before React starts: both
// requests run while the page renders its shell. A phone opens on the list and does not wait for it.
const opensOnTimeline = !window.matchMedia('(max-width: 48rem)').matches;
void loadDataset(opensOnTimeline ? TimelineView.preload() : undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
