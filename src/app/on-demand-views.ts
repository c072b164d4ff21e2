import { importAgain } from '../lib/import-again';
import { onDemand } from '../lib/react/on-demand';

// start-early.ts asks for the code of the view the page opens on beside the data. vis-timeline is most
// of the JavaScript: a phone, which opens on the list, does not wait for it at all; and a wide screen
// does not wait for the list's code.
// Each loader can be tried again after a failed download (see import-again.ts); the failure is shown
// where the part would be, by a ViewBoundary, and the rest of the page stays.
export const TimelineView = onDemand(importAgain(() => import('../features/timeline/TimelineView')));
export const ListView = onDemand(importAgain(() => import('../features/list-view/ListView')));

// The chart is not needed for the first paint: it loads on its own.
export const DensityStrip = onDemand(importAgain(() => import('../features/density/DensityStrip')));

// Shown only once an event is selected; start-early.ts fetches it when the page is idle, or at once when
// the link names an event.
export const EventPanel = onDemand(importAgain(() => import('../features/event-panel/EventPanel')));

// The footer about the data: below the chronology, so never in the way of the first screen.
export const AboutData = onDemand(importAgain(() => import('../features/about/AboutData')));
