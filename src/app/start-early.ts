import { loadDataset } from '../features/dataset/load-dataset';
import { TimelineView } from './on-demand-views';
import { isNarrowScreen } from './use-narrow-screen';

// main.tsx imports this module first, so it runs before React DOM and the rest of the app are
// evaluated: the data and the timeline's code, the largest downloads, are requested meanwhile. The
// workspace appears once both are in, drawn once. A phone opens on the list: it does not wait for
// the timeline's code.
void loadDataset(isNarrowScreen() ? undefined : TimelineView.preload());
