import { loadDataset } from '../features/dataset/load-dataset';
import { parseUrlState, withImpliedView } from '../features/url-state/url-state';
import { whenPageIdle } from '../lib/when-page-idle';
import { EventPanel, ListView, TimelineView } from './on-demand-views';
import { openedNarrow, shownView } from './shown-view';

// main.tsx imports this module first, so it runs before React DOM and the rest of the app are
// evaluated: the data and the code of the view the page opens on are requested meanwhile. The
// workspace appears once both are in, drawn once.
// The address is read as the workspace will read it (its problems are reported there, not here).
const link = withImpliedView(parseUrlState(window.location.search).state);
const view = shownView(link.view, openedNarrow());
const ready = loadDataset((view === 'list' ? ListView : TimelineView).preload());

// A failed download is retried, and reported, when the part is shown.
const quietly = (load: () => Promise<unknown>) => () => void load().catch(() => undefined);

// A link to an event opens its panel with the page: its code comes beside the data.
if (link.event) quietly(EventPanel.preload)();
// Otherwise the panel's code, and the list's on a wide screen, arrive once the page is idle, before a
// first click needs them. The timeline's is left for a phone to ask for: it is most of the JavaScript.
void ready.then(() => {
  whenPageIdle(quietly(EventPanel.preload));
  if (view === 'timeline') whenPageIdle(quietly(ListView.preload));
});
