import type { Page } from '@playwright/test';
import type { OpResult, Variant } from './bench-hooks.ts';
import type { CellRecorder, MeasureId } from './cells.ts';
import { QUERY, type PreparedSize } from './dataset.ts';
import type { Driver } from './driver.ts';
import { appDriver } from './measure-app.ts';
import { baselineDriver } from './measure-baseline.ts';
import { ms, step, type SizeContext } from './size-context.ts';

const DRIVERS: Record<Variant, Driver> = { app: appDriver, baseline: baselineDriver };

interface Operation {
  on: MeasureId;
  off: MeasureId;
  expected: number;
  apply(driver: Driver, page: Page): Promise<OpResult>;
  clear(driver: Driver, page: Page): Promise<OpResult>;
}

function check(cell: CellRecorder, result: OpResult, expected: number): void {
  if (result.shown !== null && result.shown !== expected)
    cell.note(`showed ${result.shown} events where ${expected} were expected`);
}

/** Filter and un-filter, alternating app and baseline run by run; each stops at --budget. */
export async function measureFilters(ctx: SizeContext, prepared: PreparedSize): Promise<void> {
  const { order, opts, rec, log } = ctx;
  const operations: Operation[] = [
    {
      on: 'filter.query',
      off: 'unfilter.query',
      expected: prepared.expected.query,
      apply: (d, page) => d.query(page, QUERY),
      clear: (d, page) => d.query(page, ''),
    },
    {
      on: 'filter.kind',
      off: 'unfilter.kind',
      expected: prepared.expected.kind,
      apply: (d, page) => d.kind(page, true),
      clear: (d, page) => d.kind(page, false),
    },
  ];
  for (const op of operations) {
    const stopped: Record<Variant, boolean> = { app: false, baseline: false };
    for (let run = 0; run < opts.runs; run++) {
      for (const v of order) {
        if (stopped[v]) continue;
        const [on, off] = [rec[v][op.on], rec[v][op.off]];
        if (run > 0 && on.total + off.total >= opts.budgetMs) {
          stopped[v] = true;
          for (const cell of [on, off])
            cell.note(`${run} run(s): the ${opts.budgetMs / 1000} s budget was spent`);
          continue;
        }
        const applied = await step(ctx, v, op.on, (page) => op.apply(DRIVERS[v], page));
        if (!applied) {
          const why = ctx.live.unavailable[v];
          off.skip(why ? `not measured: ${why}` : 'not measured: the filter before it did not finish');
          stopped[v] = true;
          continue;
        }
        on.add(applied.ms);
        check(on, applied, op.expected);
        const cleared = await step(ctx, v, op.off, (page) => op.clear(DRIVERS[v], page));
        if (!cleared) {
          on.note(`${on.samples.length} run(s): each needs the clear after it, which did not finish`);
          stopped[v] = true;
          continue;
        }
        off.add(cleared.ms);
        check(off, cleared, prepared.expected.total);
        log(
          v,
          `${op.on} ${ms(applied.ms)} (${applied.items} drawn), ${op.off} ${ms(cleared.ms)} (${cleared.items} drawn)`,
        );
      }
    }
  }
}
