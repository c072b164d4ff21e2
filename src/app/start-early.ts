import { TimelineView } from './on-demand-views';

/** Screens that open on the timeline; a phone opens on the list and does not wait for its code. */
export const opensOnTimeline = !window.matchMedia('(max-width: 48rem)').matches;

// main.tsx imports this module first, so it runs before React DOM and the rest of the app are
// evaluated: the timeline's code, the largest download, is requested and compiled meanwhile.
export const timelineCode = opensOnTimeline ? TimelineView.preload() : undefined;
