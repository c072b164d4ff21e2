/**
 * The row that marks the reader's place: the first, in the list's order, whose top is on the screen
 * (at or below `from`, the top of what is read), as "Jump to year" leaves a year's heading. A row that
 * began above it is only part read; when every drawn row did (one taller than the screen), the last.
 */
export function readingPlace<T extends { top: number }>(rows: readonly T[], from = 0): T | null {
  let above: T | null = null;
  for (const r of rows) {
    if (r.top >= from) return r;
    above = r;
  }
  return above;
}
