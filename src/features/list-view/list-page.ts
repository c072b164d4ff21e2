/**
 * Entries drawn at first and added at a time as the reader scrolls: thousands at once would stall. A
 * filter change draws the first page again, so its size is most of what a filter costs in the list:
 * 100 entries are several screens, and the next page comes 800 px before the reader gets there.
 */
export const LIST_PAGE = 100;

/**
 * How many of `total` entries to draw when `limit` have been asked for: a tail of half a page or less
 * comes with them ("Show 4 more" would only be a chore), and the selected entry is always drawn.
 */
export function entriesToDraw(total: number, limit: number, selectedIndex = -1, page = LIST_PAGE): number {
  const end = total - limit <= page / 2 ? total : limit;
  return Math.min(total, Math.max(end, selectedIndex + 1));
}
