import { describe, expect, it } from 'vitest';
import { formatProblem } from '../validator/format-problems.ts';
import { validateDataset } from '../validator/validate-dataset.ts';
import { blockingProblems, coverageGaps, tooLargeMessage } from './dataset-coverage.ts';

// The real dataset as CI sees it. What an editor must meet is a rule of the validator, so that
// `npm run validate` reports it with file, field and fix: two publishers for key events, a sourced
// statusChange, links to events that exist, dates in order. Its warnings (a probable duplicate, a plan whose
// start has passed) stay advice here as there; only its errors fail. The rest are facts about the whole
// dataset that the app, its screenshots and browser tests are built around.
const result = validateDataset({ dataDir: 'data' });
const events = result.events;
const byId = new Map(events.map((e) => [e.id, e]));
// A renamed event keeps its old id in formerIds: the threads below follow it.
for (const e of events) for (const old of e.formerIds ?? []) if (!byId.has(old)) byId.set(old, e);

describe('the real dataset', () => {
  it('passes the validator without errors (warnings are advice: npm run validate prints them)', () => {
    expect(blockingProblems(result.problems).map(formatProblem)).toEqual([]);
  });

  it('covers February 2022 to 2026 with at least 70 events of every kind and a cancelled one', () => {
    expect(coverageGaps(events)).toEqual([]);
  });

  it('is small enough to be shown whole: every event in the timeline at every zoom, and in the list', () => {
    expect(tooLargeMessage(events.length)).toBeUndefined();
  });

  it('follows the threads a reader expects (the browser tests open them)', () => {
    const linkedEither = (a: string, b: string) => {
      const [ea, eb] = [byId.get(a), byId.get(b)];
      if (!ea || !eb) return false;
      return (
        (ea.related ?? []).some((l) => byId.get(l.id) === eb) ||
        (eb.related ?? []).some((l) => byId.get(l.id) === ea)
      );
    };
    const threads = [
      ['2025-10-16-trump-putin-call', '2025-10-budapest-summit'],
      ['2025-10-budapest-summit', '2025-10-22-trump-cancels-budapest-summit'],
      ['2025-06-02-istanbul-talks-round-2', '2025-05-16-istanbul-talks-round-1'],
      ['2025-07-23-istanbul-talks-round-3', '2025-06-02-istanbul-talks-round-2'],
      ['2025-05-16-istanbul-talks-round-1', '2025-05-23-prisoner-exchange-1000-for-1000'],
    ] as const;
    const broken = threads
      .filter(([a, b]) => !linkedEither(a, b))
      .map(([a, b]) => `${a} and ${b} are not linked: keep a "related" link between them`);
    expect(broken).toEqual([]);
  });
});
