import { afterAll, expect, it } from 'vitest';
import { content, materialise, removeMaterialised } from './fixtures/materialise.ts';
import { formatProblem, locateProblems } from './format-problems.ts';
import { validateDataset } from './validate-dataset.ts';

// The mistakes a new contributor makes in a file `npm run new-event` wrote, or in one written by hand: each
// line the validator prints names the file (with line and column), the field, and what to change.

afterAll(removeMaterialised);

const ID = '2025-05-16-sample-talks';
const FILE = `events/2025/${ID}.json`;

/** The errors, as `npm run validate` prints them, of a data folder holding `files`. */
function errors(files: Record<string, unknown>): string[] {
  const dataDir = materialise({ description: 'an editor’s mistake', files });
  const result = validateDataset({
    dataDir,
    schemaDir: 'data/schema',
    displayRoot: dataDir,
    today: '2026-01-01',
  });
  return locateProblems(result.problems, result.texts)
    .filter((p) => p.severity === 'error')
    .map(formatProblem);
}
const withFields = (fields: Record<string, unknown>) => errors({ [FILE]: { $extends: 'base', ...fields } });
const source = (fields: Record<string, unknown>) => ({
  sources: [{ title: 'Sample article', publisher: 'Example Daily', language: 'en', ...fields }],
});

it('a date written as the source shows it: offers the date in YYYY-MM-DD, or both readings when it is unclear', () => {
  expect(withFields({ start: '16.05.2025' })).toEqual([
    `${FILE}:9:12: /start: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "16.05.2025"): did you mean "2025-05-16"?`,
  ]);
  expect(withFields({ start: '05/16/2025' })).toEqual([
    `${FILE}:9:12: /start: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "05/16/2025"): did you mean "2025-05-16"?`,
  ]);
  // The day before the month, after the year.
  expect(withFields({ start: '2025-16-05' })).toEqual([
    `${FILE}:9:12: /start: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "2025-16-05"): did you mean "2025-05-16"?`,
  ]);
  expect(withFields({ start: '06/05/2025', id: '2025-05-06-sample-talks' })).toEqual([
    expect.stringContaining(
      `/start: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "06/05/2025"): did you mean "2025-05-06" (6 May) or "2025-06-05" (5 June)? Check it on the source`,
    ),
  ]);
});

it('30 February: says why the date is none and what to check, and does not ask for an id beginning with it', () => {
  expect(withFields({ start: '2025-02-30' })).toEqual([
    `${FILE}:9:12: /start: is not a real calendar date (got "2025-02-30"): February 2025 has 28 days; check the date on the source`,
  ]);
});

it('an end before the start: says what to check', () => {
  expect(withFields({ end: '2025-05-15' })).toEqual([
    expect.stringMatching(
      /^events\/2025\/2025-05-16-sample-talks\.json:\d+:\d+: \/end: must not be before start "2025-05-16" \(got "2025-05-15"\): check both dates on the sources; leave end out for a one-day event$/,
    ),
  ]);
});

it('an unknown kind: lists the kinds', () => {
  expect(withFields({ kind: 'talks' })).toEqual([
    `${FILE}:6:11: /kind: must be one of negotiation-round, summit, meeting, call, agreement, prisoner-exchange, statement, proposal (got "talks")`,
  ]);
});

it('a source without url: names the source and the field to add', () => {
  expect(withFields(source({}))).toEqual([
    `${FILE}:31:5: /sources/0/url (the first source): is required: Address of the article (http or https only).`,
  ]);
});

it('a javascript: address: says where to copy the address from', () => {
  expect(withFields(source({ url: 'javascript:alert(1)' }))).toEqual([
    `${FILE}:35:14: /sources/0/url (the first source): must be an http(s) address (got "javascript:alert(1)"): copy the address from the browser's address bar (it starts https:// or http://)`,
  ]);
});

it('a copied file with the same id: names both files, and the file name', () => {
  const copy = `events/2025/${ID}-copy.json`;
  expect(errors({ [FILE]: { $extends: 'base' }, [copy]: { $extends: 'base' } })).toEqual([
    `${copy}:3:9: /id: must equal the file name "${ID}-copy" (got "${ID}"): rename the file or fix the id`,
    `${copy}:3:9: /id: "${ID}" is also the id of ${FILE}: if one is a copy, delete it or merge the two; if they are different events, give the new one its own id and file name`,
    `${FILE}:3:9: /id: "${ID}" is also the id of ${copy}: if one is a copy, delete it or merge the two; if they are different events, give the new one its own id and file name`,
  ]);
});

it('a file not named after its id: says to rename one of them', () => {
  expect(errors({ 'events/2025/2025-05-16-talks.json': { $extends: 'base' } })).toEqual([
    `events/2025/2025-05-16-talks.json:3:9: /id: must equal the file name "2025-05-16-talks" (got "${ID}"): rename the file or fix the id`,
  ]);
});

it('a byte-order mark or a trailing comma: the line and column, and the fix', () => {
  const text = content({ $extends: 'base' }) as string;
  expect(errors({ [FILE]: `\ufeff${text}` })).toEqual([
    `${FILE}:1:1: starts with a byte-order mark: save it as UTF-8 without BOM`,
  ]);
  expect(errors({ [FILE]: text.replace(/\n}$/, ',\n}') })).toEqual([
    expect.stringMatching(
      /^events\/2025\/2025-05-16-sample-talks\.json:\d+:\d+: is not valid JSON: a comma after the last item: remove it$/,
    ),
  ]);
});

it('a title with HTML: names the markup to remove', () => {
  expect(withFields({ title: 'Sample <b>talks</b> in Istanbul' })).toEqual([
    `${FILE}:4:12: /title: must be plain text: remove the markup "<b>"`,
  ]);
});
