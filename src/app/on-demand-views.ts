import { onDemand } from '../lib/react/on-demand';

// vis-timeline is most of the JavaScript: start-early.ts asks for it beside the data on screens that
// open on the timeline, and a phone, which opens on the list, does not wait for it at all.
export const TimelineView = onDemand(() => import('../features/timeline/TimelineView'));

// The chart is not needed for the first paint: it loads on its own.
export const DensityStrip = onDemand(() => import('../features/density/DensityStrip'));
