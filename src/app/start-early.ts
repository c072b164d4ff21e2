import { loadDataset } from '../features/dataset/load-dataset';
import { TimelineView } from './on-demand-views';

/** Screens that open on the timeline; a phone opens on the list and does not wait for its code. */
export const opensOnTimeline = !window.matchMedia('(max-width: 48rem)').matches;

// main.tsx imports this module first, so it runs before React DOM and the rest of the app are
// evaluated: the data and the timeline's code, the largest downloads, are requested meanwhile. The
// workspace appears once both are in, drawn once.
void loadDataset(opensOnTimeline ? TimelineView.preload() : undefined);
