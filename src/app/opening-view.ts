import type { ViewMode } from '../features/url-state/url-state';

/**
 * The view a page opens on, as the workspace will decide it: the link's `view`, else the list on a
 * phone and the timeline elsewhere. Read before the app runs, to ask for that view's code beside the data.
 */
export function openingView(search: string, narrow: boolean): ViewMode {
  let view: string | null = null;
  try {
    view = new URLSearchParams(search).get('view');
  } catch {
    // An address the parser refuses opens as if it had no view.
  }
  if (view === 'timeline' || view === 'list') return view;
  return narrow ? 'list' : 'timeline';
}
