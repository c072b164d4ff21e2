import { afterAll, expect, it } from 'vitest';
import { materialise, removeMaterialised } from '../fixtures/materialise.ts';
import { formatProblem } from '../format-problems.ts';
import { validateDataset } from '../validate-dataset.ts';

afterAll(removeMaterialised);

const FILE = 'events/2025/2025-05-16-sample-talks.json';

/** What the validator says of the base event (sources https://site-a.test/a and https://site-b.test/b) with `fields`. */
function check(fields: Record<string, unknown>): string[] {
  const dataDir = materialise({
    description: 'a reference to a source',
    files: { [FILE]: { $extends: 'base', ...fields } },
  });
  return validateDataset({
    dataDir,
    schemaDir: 'data/schema',
    displayRoot: dataDir,
    today: '2026-01-01',
  }).problems.map(formatProblem);
}

const postponed = (source: string) => ({
  status: 'postponed',
  statusChange: { date: '2025-05-20', reason: 'Moved to June', source },
});
const disputed = (source: string) => ({
  discrepancies: [
    {
      topic: 'How many were freed',
      accounts: [
        { claim: '390', source: 'https://site-a.test/a' },
        { claim: '307', source },
      ],
    },
  ],
});

// Each a spelling of https://site-b.test/b that an editor copies from a browser's address bar or another page.
const SPELLINGS = [
  'http://site-b.test/b',
  'https://www.site-b.test/b',
  'https://site-b.test/b/',
  'https://Site-B.test/b',
];

it('takes a status change or an account citing a source written another way, warning with the exact address', () => {
  for (const [fields, field, what] of [
    [postponed, '/statusChange/source', 'the reason'],
    [
      disputed,
      '/discrepancies/0/accounts/1/source (the second account of the first discrepancy)',
      'the claim',
    ],
  ] as const)
    for (const spelling of SPELLINGS)
      // A warning alone: the file passes.
      expect(check(fields(spelling)), spelling).toEqual([
        `warning: ${FILE}: ${field}: is the page of the second source, written ${JSON.stringify(spelling)} here and "https://site-b.test/b" there: copy "https://site-b.test/b" here, so that ${what} names its source as the sources do`,
      ]);
});

it('says nothing of an exact reference, and refuses another page, saying how to fix it', () => {
  expect(check(postponed('https://site-b.test/b'))).toEqual([]);
  expect(check(disputed('https://site-b.test/b'))).toEqual([]);
  for (const other of ['https://site-b.test/B', 'https://site-b.test/b?page=2', 'https://elsewhere.test/b']) {
    expect(check(postponed(other)), other).toEqual([
      expect.stringMatching(
        /^events\/\S+: \/statusChange\/source: must be the url of one of this event's sources .*: add that article to "sources", or copy the address of the source that reports the change$/,
      ),
    ]);
    expect(check(disputed(other)), other).toEqual([
      expect.stringMatching(
        /^events\/\S+: \/discrepancies\/0\/accounts\/1\/source .*: must be the url of one of this event's sources .*: add that article to "sources", or copy the address of the source that makes the claim$/,
      ),
    ]);
  }
});
