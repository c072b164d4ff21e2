/**
 * npm run data:stats — the shape of the dataset: events by year, kind and status, sources per event,
 * publishers, and the events that still lack a second source.
 */
import type { DiplomaticEvent } from '../src/lib/data/event.generated.ts';
import { distinctOutlets, isKeyEvent } from './lib/dataset/key-events.ts';
import { tableLines } from './lib/dataset/stats-table.ts';
import { formatProblem, locateProblems } from './lib/validator/format-problems.ts';
import { validateDataset } from './lib/validator/validate-dataset.ts';

const result = validateDataset({ dataDir: 'data' });
const errors = locateProblems(result.problems, result.texts).filter((p) => p.severity === 'error');
if (errors.length > 0) {
  console.error(errors.map(formatProblem).join('\n'));
  console.error(`\nThe dataset has ${errors.length} error(s); the figures below leave those files out.\n`);
}
const events = result.events;

function table(title: string, counts: Map<string, number>, sort: 'key' | 'count' = 'key') {
  console.log(`\n${tableLines(title, counts, sort).join('\n')}`);
}

function countBy(get: (e: DiplomaticEvent) => string | string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const k of [get(e)].flat()) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
console.log(`${events.length} events, ${sorted[0]?.start ?? '–'} to ${sorted.at(-1)?.start ?? '–'}`);
console.log(
  `${events.reduce((n, e) => n + e.sources.length, 0)} sources; ${events.filter(isKeyEvent).length} key events`,
);
table(
  'By year',
  countBy((e) => e.start.slice(0, 4)),
);
table(
  'By kind',
  countBy((e) => e.kind),
  'count',
);
table(
  'By status',
  countBy((e) => e.status),
  'count',
);
table(
  'By track',
  countBy((e) => e.track),
  'count',
);
table(
  'Sources per event',
  countBy((e) => `${e.sources.length} source${e.sources.length === 1 ? '' : 's'}`),
);
table(
  'Languages of sources',
  countBy((e) => e.sources.map((s) => s.language)),
  'count',
);
table(
  'Publishers (events citing them)',
  countBy((e) => [...new Set(e.sources.map((s) => s.publisher))]),
  'count',
);

const single = events.filter((e) => distinctOutlets(e).length < 2);
console.log(`\nEvents without a second publisher: ${single.length}`);
for (const e of single) console.log(`  ${isKeyEvent(e) ? 'KEY ' : '    '}${e.id}`);
const keyMissing = single.filter(isKeyEvent);
console.log(
  keyMissing.length === 0
    ? '\nEvery key event has two or more publishers.'
    : `\n${keyMissing.length} key event(s) need a second publisher.`,
);
