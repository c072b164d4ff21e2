import { onDemand } from '../lib/react/on-demand';

// start-early.ts asks for the code of the view the page opens on beside the data. vis-timeline is most
// of the JavaScript: a phone, which opens on the list, does not wait for it at all; and a wide screen
// does not wait for the list's code.
export const TimelineView = onDemand(() => import('../features/timeline/TimelineView'));
export const ListView = onDemand(() => import('../features/list-view/ListView'));

// The chart is not needed for the first paint: it loads on its own.
export const DensityStrip = onDemand(() => import('../features/density/DensityStrip'));

// Shown only once an event is selected; start-early.ts fetches it when the page is idle, or at once when
// the link names an event.
export const EventPanel = onDemand(() => import('../features/event-panel/EventPanel'));
