import { describe, expect, it } from 'vitest';
import { error, note, warning } from '../validator/problem.ts';
import { blockingProblems, coverageGaps, KINDS, tooLargeMessage } from './dataset-coverage.ts';

describe('blockingProblems', () => {
  it('fails CI on errors only: a warning, such as a plan whose start has passed, stays advice', () => {
    const stale = warning('data/events/2026/x.json', '/status', 'is "planned", but the start has passed');
    expect(blockingProblems([stale])).toEqual([]);
    const wrong = error('data/events/2026/x.json', '/start', 'is not a real calendar date');
    expect(blockingProblems([stale, wrong, note('data/events/2026/x.json', '', 'fix them')])).toEqual([
      wrong,
    ]);
  });
});

describe('coverageGaps', () => {
  const every = KINDS.map((kind, i) => ({
    kind,
    start: `2025-0${(i % 9) + 1}-01`,
    status: 'held' as const,
  }));
  const full = [
    ...every,
    { kind: 'summit' as const, start: '2022-02-28', status: 'held' as const },
    { kind: 'summit' as const, start: '2026-01', status: 'cancelled' as const },
    ...Array.from({ length: 70 }, () => ({
      kind: 'call' as const,
      start: '2024-05-05',
      status: 'held' as const,
    })),
  ];

  it('accepts a dataset from 24 February 2022 to 2026 with every kind and a cancelled event', () => {
    expect(coverageGaps(full)).toEqual([]);
  });

  it('accepts an earlier first event, as the docs allow dates from 2014 on (Minsk II, 2015)', () => {
    expect(coverageGaps([{ kind: 'agreement', start: '2015-02-12', status: 'held' }, ...full])).toEqual([]);
    expect(coverageGaps([{ kind: 'agreement', start: '2022-02-24', status: 'held' }, ...full])).toEqual([]);
    expect(coverageGaps([{ kind: 'agreement', start: '2014', status: 'held' }, ...full])).toEqual([]);
  });

  it('names what is missing', () => {
    const late = full.filter((e) => e.start !== '2022-02-28');
    expect(coverageGaps(late)).toEqual(['begins at 2024-05-05, after February 2022']);
    const noProposal = full.filter((e) => e.kind !== 'proposal');
    expect(coverageGaps(noProposal)).toEqual(['has no event of kind "proposal"']);
    expect(coverageGaps([])).toEqual([
      'has 0 events, fewer than 70',
      'begins at no event, after February 2022',
      'ends at no event, before 2026',
      ...KINDS.map((k) => `has no event of kind "${k}"`),
      'has no cancelled event',
    ]);
  });
});

describe('tooLargeMessage', () => {
  it('says nothing up to the limit', () => {
    expect(tooLargeMessage(300, 300)).toBeUndefined();
  });

  it('tells an editor past it that the events are fine and who raises the limit, and how', () => {
    const message = tooLargeMessage(301, 300)!;
    expect(message).toContain('301 events, more than the 300');
    expect(message).toContain('src/lib/data/small-dataset.ts');
    expect(message).toContain('say so in the pull request');
    expect(message).toContain('npm run bench');
  });
});
