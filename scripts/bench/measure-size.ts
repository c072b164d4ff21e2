import type { BenchOptions } from './args.ts';
import type { Variant } from './bench-hooks.ts';
import type { BrowserHost } from './browser.ts';
import { newRecorders, toCells, type Cell, type MeasureId } from './cells.ts';
import type { PreparedSize } from './dataset.ts';
import { LivePages } from './live-pages.ts';
import { measureFilters, measureListFilters } from './measure-filters.ts';
import { measureGestures } from './measure-frames.ts';
import { measureLoads } from './measure-loads.ts';
import type { SizeContext } from './size-context.ts';

export interface SizeResult {
  size: number;
  /** Which page went first in each round at this size (alternated from size to size). */
  order: Variant[];
  expected: PreparedSize['expected'];
  /** 1-minute load average before and after this size: above the CPU count, other work competed. */
  loadAverage: [number, number];
  cells: Record<Variant, Record<MeasureId, Cell>>;
}

/**
 * Every measure of one size for both pages: loads, then the filters, then zoom and pan. Both pages
 * stay open and take turns, so a burst of machine noise hits both.
 */
export async function measureSize(
  host: BrowserHost,
  prepared: PreparedSize,
  urls: Record<Variant, string>,
  order: Variant[],
  opts: BenchOptions,
  loadAverage: () => number,
): Promise<SizeResult> {
  const before = loadAverage();
  const ctx: SizeContext = {
    host,
    urls,
    order,
    opts,
    rec: { app: newRecorders(), baseline: newRecorders() },
    live: new LivePages(host, urls, opts),
    log: (v, text) => console.log(`  ${prepared.size} ${v.padEnd(8)} ${text}`),
  };
  try {
    await measureLoads(ctx);
    // Filters before gestures: where a page times out (the baseline from 10,000 events on), the filter
    // figures, which the targets are about, are the ones worth having.
    await measureFilters(ctx, prepared);
    await measureGestures(ctx);
    // Last: it leaves the app on its list view.
    await measureListFilters(ctx, prepared);
  } finally {
    await ctx.live.dropAll();
  }
  return {
    size: prepared.size,
    order,
    expected: prepared.expected,
    loadAverage: [before, loadAverage()],
    cells: { app: toCells(ctx.rec.app), baseline: toCells(ctx.rec.baseline) },
  };
}
