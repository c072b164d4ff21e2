/**
 * Entries drawn at first, and added at a time as the reader scrolls (the next page comes 800 px before
 * the reader gets there). A filter change draws the first page again, so its size is most of what a
 * filter costs in the list: 40 entries fill two tall screens, where the list starts halfway down the first.
 */
export const LIST_PAGE = 40;

/** A list this short is drawn whole: a "Show 4 more" button would only be a chore. */
export const WHOLE_LIST = 150;

/**
 * How many of `total` entries to draw when `limit` have been asked for. A short list is drawn whole,
 * and the selected entry is always drawn, however far down it is.
 */
export function entriesToDraw(total: number, limit: number, selectedIndex = -1): number {
  const end = total <= WHOLE_LIST ? total : limit;
  return Math.min(total, Math.max(end, selectedIndex + 1));
}
