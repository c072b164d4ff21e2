import type { Page } from '@playwright/test';
import type { BenchOptions } from './args.ts';
import type { Variant } from './bench-hooks.ts';
import { StepTimeout, withTimeout, type BrowserHost } from './browser.ts';
import type { CellRecorder, MeasureId, Recorders } from './cells.ts';
import { cpuSettled } from './cpu-idle.ts';
import { describeError, type LivePages } from './live-pages.ts';

/** What the measuring of one size shares: the pages, the options and every cell being filled. */
export interface SizeContext {
  host: BrowserHost;
  urls: Record<Variant, string>;
  /** Which page goes first in each round. */
  order: Variant[];
  opts: BenchOptions;
  rec: Record<Variant, Recorders>;
  live: LivePages;
  log(v: Variant, text: string): void;
}

export const ms = (v: number) => `${Math.round(v)} ms`;

export function fail(cells: CellRecorder[], e: unknown): void {
  for (const cell of cells) {
    if (e instanceof StepTimeout) cell.timeout(e.ms);
    else cell.error(describeError(e));
  }
}

/** Runs one step on the variant's live page; null if it could not run or failed (the page is then dropped). */
export async function step<T>(
  { opts, rec, live, log }: SizeContext,
  v: Variant,
  id: MeasureId,
  work: (page: Page) => Promise<T>,
  limitMs = opts.stepTimeoutMs,
): Promise<T | null> {
  const cell = rec[v][id];
  const bench = await live.get(v);
  if (!bench) {
    cell.skip(`not measured: ${live.unavailable[v]}`);
    return null;
  }
  // Each step starts on a quiet machine: work that the page before it set going (the bare timeline goes
  // on laying out after its filter has shown, or its 10,000 items are torn down) fell on the next step's
  // page, whichever it was. A machine busy for other reasons costs each step at most 2 s of waiting.
  await cpuSettled(2_000, 100);
  try {
    return await withTimeout(work(bench.page), limitMs, `${v} ${id}`);
  } catch (e) {
    fail([cell], e);
    log(v, `${id}: ${describeError(e)}`);
    // A page stuck in a long task, or in an unknown state, is not measured further; the next step, on
    // the other page, waits longer for its renderer to let go of the CPU (cpu-idle.ts).
    await live.drop(v);
    await cpuSettled();
    return null;
  }
}
