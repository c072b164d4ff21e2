import type { Variant } from './bench-hooks.ts';
import { withTimeout } from './browser.ts';
import { describeError } from './live-pages.ts';
import { heapMB, openLoaded } from './page-load.ts';
import { fail, ms, type SizeContext } from './size-context.ts';

/**
 * Cold page loads, alternating app and baseline. Each page's last load stays open for the
 * interactions; loads stop early once they have used --load-budget.
 */
export async function measureLoads({ host, urls, order, opts, rec, live, log }: SizeContext): Promise<void> {
  const spent: Record<Variant, number> = { app: 0, baseline: 0 };
  const finished: Record<Variant, boolean> = { app: false, baseline: false };
  for (let i = 0; i < opts.loads; i++) {
    for (const v of order) {
      if (finished[v]) continue;
      const cells = rec[v];
      const started = performance.now();
      try {
        const { bench, marks } = await openLoaded(host, v, urls[v], opts.loadTimeoutMs);
        spent[v] += performance.now() - started;
        const last = i === opts.loads - 1 || spent[v] >= opts.loadBudgetMs;
        for (const key of ['firstItem', 'firstDrawn', 'ready', 'interactive', 'dataFetched'] as const) {
          const value = marks[key];
          if (value === undefined) cells[`load.${key}`].note('not reported by the page');
          else cells[`load.${key}`].add(value);
        }
        if (marks.interactive !== undefined) live.loadTimes[v].push(marks.interactive);
        try {
          cells.heap.add(await withTimeout(heapMB(bench.page), opts.stepTimeoutMs, 'measuring the heap'));
        } catch (e) {
          fail([cells.heap], e);
        }
        log(
          v,
          `load ${i + 1}: first item ${ms(marks.firstItem ?? NaN)}, interactive ${ms(marks.interactive ?? NaN)}`,
        );
        if (last) {
          live.keep(v, bench);
          finished[v] = true;
          if (i < opts.loads - 1)
            cells['load.firstItem'].note(
              `${i + 1} load(s): the ${opts.loadBudgetMs / 1000} s load budget was spent`,
            );
        } else await host.discard(bench);
      } catch (e) {
        fail(
          [
            cells['load.firstItem'],
            cells['load.firstDrawn'],
            cells['load.ready'],
            cells['load.interactive'],
            cells.heap,
          ],
          e,
        );
        live.unavailable[v] = `the page did not load (${describeError(e)})`;
        finished[v] = true;
        log(v, `load ${i + 1}: ${describeError(e)}`);
      }
    }
  }
}
