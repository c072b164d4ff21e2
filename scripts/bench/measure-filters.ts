import type { Page } from '@playwright/test';
import type { OpResult, Variant } from './bench-hooks.ts';
import type { CellRecorder, MeasureId } from './cells.ts';
import { QUERY, type PreparedSize } from './dataset.ts';
import type { Driver } from './driver.ts';
import { appDriver, appShowList } from './measure-app.ts';
import { baselineDriver } from './measure-baseline.ts';
import { ms, step, type SizeContext } from './size-context.ts';

const TIMELINE_DRIVERS: Partial<Record<Variant, Driver>> = { app: appDriver, baseline: baselineDriver };

/** The app's drivers, on its list view: a page reloaded after a timeout opens on the timeline again. */
const LIST_DRIVERS: Partial<Record<Variant, Driver>> = {
  app: {
    query: async (page, q) => (await appShowList(page), appDriver.query(page, q)),
    kind: async (page, on) => (await appShowList(page), appDriver.kind(page, on)),
  },
};

interface Operation {
  on: MeasureId;
  off: MeasureId;
  expected: number;
  /** What clearing it must show again: every event. */
  total: number;
  apply(driver: Driver, page: Page): Promise<OpResult>;
  clear(driver: Driver, page: Page): Promise<OpResult>;
}

function check(cell: CellRecorder, result: OpResult, expected: number): void {
  if (result.shown !== null && result.shown !== expected)
    cell.note(`showed ${result.shown} events where ${expected} were expected`);
}

const operations = (
  prepared: PreparedSize,
  ids: Record<'query' | 'kind', [MeasureId, MeasureId]>,
): Operation[] => [
  {
    on: ids.query[0],
    off: ids.query[1],
    expected: prepared.expected.query,
    total: prepared.expected.total,
    apply: (d, page) => d.query(page, QUERY),
    clear: (d, page) => d.query(page, ''),
  },
  {
    on: ids.kind[0],
    off: ids.kind[1],
    expected: prepared.expected.kind,
    total: prepared.expected.total,
    apply: (d, page) => d.kind(page, true),
    clear: (d, page) => d.kind(page, false),
  },
];

/** Filter and un-filter in the timeline, alternating app and baseline run by run; each stops at --budget. */
export async function measureFilters(ctx: SizeContext, prepared: PreparedSize): Promise<void> {
  await run(
    ctx,
    TIMELINE_DRIVERS,
    operations(prepared, {
      query: ['filter.query', 'unfilter.query'],
      kind: ['filter.kind', 'unfilter.kind'],
    }),
  );
}

/**
 * The same filters in the app's list view (the baseline has none), after the timeline's measures: the
 * list is the other half of "until timeline and list show the result". Switching views is untimed.
 */
export async function measureListFilters(ctx: SizeContext, prepared: PreparedSize): Promise<void> {
  await run(
    ctx,
    LIST_DRIVERS,
    operations(prepared, {
      query: ['list.filter.query', 'list.unfilter.query'],
      kind: ['list.filter.kind', 'list.unfilter.kind'],
    }),
  );
}

async function run(
  ctx: SizeContext,
  drivers: Partial<Record<Variant, Driver>>,
  operations: Operation[],
): Promise<void> {
  const { opts, rec, log } = ctx;
  const variants = ctx.order.filter((v) => drivers[v]);
  for (const op of operations) {
    const stopped: Record<Variant, boolean> = { app: false, baseline: false };
    for (let run = 0; run < opts.runs; run++) {
      for (const v of variants) {
        if (stopped[v]) continue;
        const [on, off] = [rec[v][op.on], rec[v][op.off]];
        if (run > 0 && on.total + off.total >= opts.budgetMs) {
          stopped[v] = true;
          for (const cell of [on, off])
            cell.note(`${run} run(s): the ${opts.budgetMs / 1000} s budget was spent`);
          continue;
        }
        const applied = await step(ctx, v, op.on, (page) => op.apply(drivers[v]!, page));
        if (!applied) {
          const why = ctx.live.unavailable[v];
          off.skip(why ? `not measured: ${why}` : 'not measured: the filter before it did not finish');
          stopped[v] = true;
          continue;
        }
        on.add(applied.ms);
        check(on, applied, op.expected);
        const cleared = await step(ctx, v, op.off, (page) => op.clear(drivers[v]!, page));
        if (!cleared) {
          on.note(`${on.samples.length} run(s): each needs the clear after it, which did not finish`);
          stopped[v] = true;
          continue;
        }
        off.add(cleared.ms);
        check(off, cleared, op.total);
        log(
          v,
          `${op.on} ${ms(applied.ms)} (${applied.items} drawn), ${op.off} ${ms(cleared.ms)} (${cleared.items} drawn)`,
        );
      }
    }
  }
}
