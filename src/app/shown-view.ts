import type { ViewMode } from '../features/url-state/url-state';

/** The view shown: the one the reader (or the link) chose, else the list on a phone and the timeline elsewhere. */
export function shownView(chosen: ViewMode | null, narrow: boolean): ViewMode {
  return chosen ?? (narrow ? 'list' : 'timeline');
}
