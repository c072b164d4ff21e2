import type { DiplomaticEvent, EventKind } from '../../../src/lib/data/event.generated.ts';
import { KIND_LABELS } from '../../../src/lib/data/labels.ts';
import { compareDateStrings } from '../../../src/lib/dates/partial-date.ts';
import { SMALL_DATASET } from '../../../src/lib/data/small-dataset.ts';
import type { Problem } from '../validator/problem.ts';

/**
 * The problems that fail CI: the validator's errors, as `npm run validate` exits 1 on them. Warnings are advice
 * (CONTRIBUTING): some depend on the day of the check (a planned event's start passing), and one may not make CI
 * fail later with no commit. A note only explains an error beside it.
 */
export function blockingProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Every kind of event, as the labels the app shows know them (a Record, so none is missing). */
export const KINDS = Object.keys(KIND_LABELS) as EventKind[];

// The span the site, its screenshots and browser tests are written for: the full-scale war to 2026. The
// earliest event must begin by the last day of February 2022.
const REACHES_BACK_TO = '2022-02-28';
const REACHES_FORWARD_TO = '2026';
const MIN_EVENTS = 70;

/**
 * What the dataset lacks of the one the site is built around, one message each: it reaches back to February
 * 2022 at least (earlier events, from 2014 on, are welcome) and forward to 2026, and holds every kind of event
 * and a cancelled one. Empty when it has it all.
 */
export function coverageGaps(
  events: readonly Pick<DiplomaticEvent, 'start' | 'kind' | 'status'>[],
): string[] {
  const gaps: string[] = [];
  if (events.length < MIN_EVENTS) gaps.push(`has ${events.length} events, fewer than ${MIN_EVENTS}`);
  const starts = events.map((e) => e.start).sort(compareDateStrings);
  const first = starts[0];
  // "2022", "2022-02" and "2015-02-12" reach back to February 2022; "2022-03-01" does not.
  if (first === undefined || compareDateStrings(first, REACHES_BACK_TO) > 0)
    gaps.push(`begins at ${first ?? 'no event'}, after February 2022`);
  const last = starts.at(-1);
  if (last === undefined || last.slice(0, 4) < REACHES_FORWARD_TO)
    gaps.push(`ends at ${last ?? 'no event'}, before ${REACHES_FORWARD_TO}`);
  const kinds = new Set(events.map((e) => e.kind));
  for (const kind of KINDS) if (!kinds.has(kind)) gaps.push(`has no event of kind "${kind}"`);
  if (!events.some((e) => e.status === 'cancelled')) gaps.push('has no cancelled event');
  return gaps;
}

/**
 * Why a dataset of `count` events is too large for the browser tests, with what to do; undefined when it is
 * not. Past SMALL_DATASET the opening view groups events into "N events" clusters and the list draws only the
 * rows near the screen, and the browser tests, written for every event on the page, fail in dozens of places.
 */
export function tooLargeMessage(count: number, limit = SMALL_DATASET): string | undefined {
  if (count <= limit) return undefined;
  return (
    `the dataset has ${count} events, more than the ${limit} the app shows whole and the browser tests are ` +
    `written for (SMALL_DATASET in src/lib/data/small-dataset.ts). The events are fine: say so in the pull ` +
    `request. A maintainer raises SMALL_DATASET (after measuring filters at that many events with ` +
    `npm run bench) or makes the browser tests zoom in and scroll first.`
  );
}
