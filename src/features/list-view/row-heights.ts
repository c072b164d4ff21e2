import type { ListRow } from './list-rows';
import { DEFAULT_HEIGHT } from './list-window';

type RowType = ListRow['type'];

/**
 * The heights of the rows measured so far, by kind of row (a year's heading, a month's, an entry), and
 * from them the height a row not yet measured counts for: the mean of every row of its kind measured,
 * those as tall as they were estimated to be among them, and before any is measured a default.
 *
 * Estimating by kind alone keeps the pass over every row after each change of the filters as cheap as
 * it was (one look-up per row); estimating by each entry's text, tried, tripled it at 50,000 events.
 */
export class RowHeights {
  private readonly sum: Record<RowType, number> = { year: 0, month: 0, entry: 0 };
  private readonly rows: Record<RowType, number> = { year: 0, month: 0, entry: 0 };
  /** How many rows the means hold. */
  count = 0;

  /** A row measured at `height`, in place of `was` when it was measured before (at another height). */
  measured(type: RowType, height: number, was?: number): void {
    this.sum[type] += height - (was ?? 0);
    if (was !== undefined) return;
    this.rows[type] += 1;
    this.count += 1;
  }

  /** The height a row not measured counts for, by its kind. */
  estimates(): Record<RowType, number> {
    const mean = (type: RowType) =>
      this.rows[type] > 0 ? this.sum[type] / this.rows[type] : DEFAULT_HEIGHT[type];
    return { year: mean('year'), month: mean('month'), entry: mean('entry') };
  }
}

/**
 * Whether the estimates are worth working out again after the count of measured rows went from
 * `before` to `after`: each time it reaches a power of two. They follow what is measured closely at
 * first, when they are furthest off, and less and less often after, each time a pass over every row
 * (about 16 times in all for 50,000 events).
 */
export function estimatesDue(before: number, after: number): boolean {
  return after > before && Math.floor(Math.log2(after)) > Math.floor(Math.log2(Math.max(before, 0.5)));
}
