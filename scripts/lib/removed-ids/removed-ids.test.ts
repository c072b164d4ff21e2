import { describe, expect, it } from 'vitest';
import { checkRemovedIds, namesId, newestSection, removalEntry, removedIds } from './removed-ids.ts';

const A = '2025-05-16-istanbul-talks-round-1';
const B = '2025-10-budapest-summit';
const C = '2025-08-15-anchorage-summit';
const path = (id: string) => `data/events/${id.slice(0, 4)}/${id}.json`;
const ids = (...list: (string | [string, string])[]) =>
  new Map(list.map((item) => (typeof item === 'string' ? [item, path(item)] : item)));

const HEADER = '# Dataset changelog\n\nEvery change to the events goes here, newest first.\n\n';
const OLDER = `## 2026.11.27\n\n- Added ${A}, ${B} and ${C}.\n`;

describe('removedIds', () => {
  it('compares ids, not paths: a file moved to another folder removes nothing', () => {
    const base = ids(A, B);
    expect(removedIds(base, ids([A, `data/events/2024/${A}.json`], B))).toEqual([]);
    expect(removedIds(base, base)).toEqual([]);
  });

  it('lists a deleted event with the file it was in at the base', () => {
    expect(removedIds(ids(A, B, C), ids(A))).toEqual([
      { id: C, file: path(C) },
      { id: B, file: path(B) },
    ]);
  });

  it('pairs an id changed inside its file with the new id', () => {
    expect(removedIds(ids(A, B), ids(A, ['2025-10-16-budapest-summit', path(B)]))).toEqual([
      { id: B, file: path(B), renamedTo: { id: '2025-10-16-budapest-summit', file: path(B) } },
    ]);
  });

  it('pairs a renamed file whose id keeps its name after a corrected date', () => {
    const renamed = '2025-08-14-anchorage-summit';
    expect(removedIds(ids(A, C), ids(A, renamed))).toEqual([
      { id: C, file: path(C), renamedTo: { id: renamed, file: path(renamed) } },
    ]);
  });

  it('pairs one new id with one old id at most, the same file first', () => {
    const old1 = '2025-08-15-summit';
    const old2 = '2025-08-16-summit';
    const result = removedIds(ids(old1, old2), ids(['2025-08-17-summit', path(old2)]));
    expect(result).toEqual([
      { id: old1, file: path(old1) },
      { id: old2, file: path(old2), renamedTo: { id: '2025-08-17-summit', file: path(old2) } },
    ]);
  });
});

describe('newestSection', () => {
  it('takes the topmost "## " heading, its line and its entries with their continuation lines', () => {
    const text = `${HEADER}## 2026.11.28\n\n- Removed ${C}: merged into\n  ${A}.\n- Corrected ${B}.\n\n${OLDER}`;
    expect(newestSection(text)).toEqual({
      heading: '## 2026.11.28',
      line: 5,
      entries: [`- Removed ${C}: merged into ${A}.`, `- Corrected ${B}.`],
    });
  });

  it('is undefined when there is no "## " heading', () => {
    expect(newestSection(HEADER)).toBeUndefined();
  });
});

describe('namesId', () => {
  it('finds the id as a whole word only', () => {
    expect(namesId(`- Removed ${C}: merged.`, C)).toBe(true);
    expect(namesId(`- Renamed \`${C}\` → x.`, C)).toBe(true);
    expect(namesId(`- Added ${C}-day-2.`, C)).toBe(false);
    expect(namesId(`- Added x${C}.`, C)).toBe(false);
  });
});

describe('removalEntry', () => {
  it('reads the two documented forms, for that id only', () => {
    expect(removalEntry(`- Removed ${C}: merged into ${A}.`, C)).toEqual({ form: 'removed' });
    expect(removalEntry(`* Renamed ${C} → ${A}: a new date.`, C)).toEqual({ form: 'renamed', to: A });
    expect(removalEntry(`- Removed ${C}-day-2: a duplicate.`, C)).toBeUndefined();
    expect(removalEntry(`- Added ${C}; removed it: a duplicate.`, C)).toBeUndefined();
    expect(removalEntry(`- Removed ${C}: …`, C)).toEqual({ form: 'no-reason' });
  });
});

describe('checkRemovedIds', () => {
  const base = ids(A, B, C);
  const now = ids(A, B);
  const changelog = (lines: string) => `${HEADER}## 2026.12.03\n\n${lines}\n\n${OLDER}`;

  it('passes when nothing was removed, whatever the changelog says', () => {
    expect(checkRemovedIds({ base, current: base, changelog: '' }).problems).toEqual([]);
  });

  it('passes when the newest section names the removed id', () => {
    const result = checkRemovedIds({
      base,
      current: now,
      changelog: changelog(`- Removed ${C}: a duplicate of ${A}.`),
      baseChangelog: `${HEADER}${OLDER}`,
    });
    expect(result.problems).toEqual([]);
    expect(result.removed).toEqual([{ id: C, file: path(C) }]);
  });

  it('names the id, its file at the base and the line to add under the newest heading', () => {
    const { problems } = checkRemovedIds({ base, current: now, changelog: changelog(`- Corrected ${B}.`) });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(path(C));
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toBe(
      `no event has the id ${C} any more, and data/CHANGELOG.md does not say so: add "- Removed ${C}: <why>." (for a merge: "merged into <id>") under its newest heading "## 2026.12.03", or under a new dated heading above it. Links and citations with ?event=${C} will no longer find the event: if another event took its place, list ${C} in that event's formerIds, and links to it will be forwarded there`,
    );
  });

  it('does not count a mention in an older section', () => {
    const { problems } = checkRemovedIds({ base, current: now, changelog: changelog(`- Corrected ${B}.`) });
    expect(OLDER).toContain(C);
    expect(problems.map((p) => p.file)).toEqual([path(C)]);
  });

  it('does not count a line that was already there at the base, but does count one this change edited', () => {
    const before = changelog(`- Corrected ${C}.`);
    const stale = checkRemovedIds({ base, current: now, changelog: before, baseChangelog: before });
    expect(stale.problems).toHaveLength(1);
    expect(stale.problems[0]!.message).toContain(
      'data/CHANGELOG.md names it only in a line that was there before this change',
    );
    const edited = changelog(`- Removed ${C}: a duplicate of ${A}.`);
    expect(
      checkRemovedIds({ base, current: now, changelog: edited, baseChangelog: before }).problems,
    ).toEqual([]);
  });

  it('does not count a new line that names the id without recording its removal, and shows the line to add', () => {
    for (const line of [`- Corrected the figures in ${C}.`, `Note: see ${C} for details.`]) {
      const { problems } = checkRemovedIds({ base, current: now, changelog: changelog(line) });
      expect(problems.map((p) => p.message)).toEqual([
        `no event has the id ${C} any more, and data/CHANGELOG.md names it only in "${line}", which does not say that it was removed or renamed: add "- Removed ${C}: <why>." (for a merge: "merged into <id>") under its newest heading "## 2026.12.03", or under a new dated heading above it. Links and citations with ?event=${C} will no longer find the event: if another event took its place, list ${C} in that event's formerIds, and links to it will be forwarded there`,
      ]);
    }
  });

  it('does not count the line to add copied with its "<why>", or with no reason', () => {
    for (const line of [`- Removed ${C}: <why>.`, `- Removed ${C}:`]) {
      const { problems } = checkRemovedIds({ base, current: now, changelog: changelog(line) });
      expect(problems[0]?.message, line).toContain(
        `data/CHANGELOG.md has "${line}", which does not give the reason after the colon: add "- Removed ${C}: <why>."`,
      );
    }
  });

  it('counts the documented forms with the ids in backticks or with -> for the arrow', () => {
    const renamed = '2025-08-14-anchorage-summit';
    const current = ids(A, B, renamed);
    for (const line of [
      `- Removed \`${C}\`: a duplicate of ${A}.`,
      `- Renamed \`${C}\` → \`${renamed}\`: the summit began on 14 August.`,
      `- Renamed ${C} -> ${renamed}: the summit began on 14 August.`,
    ])
      expect(checkRemovedIds({ base, current, changelog: changelog(line) }).problems, line).toEqual([]);
  });

  it('does not count a rename to an id that no event has', () => {
    const { problems } = checkRemovedIds({
      base,
      current: ids(A, B, '2025-08-14-anchorage-summit'),
      changelog: changelog(`- Renamed ${C} → 2025-08-13-anchorage-summit: a typo.`),
    });
    expect(problems[0]?.message).toContain(
      'renamed to 2025-08-13-anchorage-summit, which is the id of no event file: add "- Renamed 2025-08-15-anchorage-summit → 2025-08-14-anchorage-summit: <why>."',
    );
  });

  it('asks for a "Renamed old → new" line when the id changed', () => {
    const renamed = '2025-08-14-anchorage-summit';
    const { problems } = checkRemovedIds({
      base,
      current: ids(A, B, renamed),
      changelog: changelog(`- Corrected ${B}.`),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(`the id ${C} is now ${renamed} (${path(renamed)})`);
    expect(problems[0]!.message).toContain(`add "- Renamed ${C} → ${renamed}: <why>."`);
    expect(problems[0]!.message).toContain(`?event=${C} will no longer find the event`);
    const recorded = changelog(`- Renamed ${C} → ${renamed}: the summit began on 14 August.`);
    expect(checkRemovedIds({ base, current: ids(A, B, renamed), changelog: recorded }).problems).toEqual([]);
  });

  it('still asks for the line of a renamed id in formerIds, and says that its links will be forwarded', () => {
    const renamed = '2025-08-14-anchorage-summit';
    const current = ids(A, B, [renamed, path(C)]);
    const formerIds = new Map([[C, { id: renamed, file: path(C) }]]);
    const result = checkRemovedIds({ base, current, formerIds, changelog: changelog(`- Corrected ${B}.`) });
    expect(result.removed).toEqual([
      {
        id: C,
        file: path(C),
        renamedTo: { id: renamed, file: path(C) },
        forwardedTo: { id: renamed, file: path(C) },
      },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      `its id ${C} was changed to ${renamed}, and data/CHANGELOG.md does not say so: add "- Renamed ${C} → ${renamed}: <why>." under its newest heading "## 2026.12.03", or under a new dated heading above it. Links and citations with ?event=${C} will be forwarded to ${renamed}, which lists it in formerIds`,
    ]);
    const recorded = changelog(`- Renamed ${C} → ${renamed}: the summit began on 14 August.`);
    expect(checkRemovedIds({ base, current, formerIds, changelog: recorded }).problems).toEqual([]);
  });

  it('takes the event that lists a removed id in formerIds over a guess, and calls it a merge when that event was there before', () => {
    // The file name after the date would pair C with the new id; formerIds says it went into A.
    const current = ids(A, B, '2025-08-14-anchorage-summit');
    const formerIds = new Map([[C, { id: A, file: path(A) }]]);
    const result = checkRemovedIds({ base, current, formerIds, changelog: changelog(`- Corrected ${B}.`) });
    expect(result.removed[0]!.forwardedTo).toEqual({ id: A, file: path(A) });
    expect(result.problems.map((p) => p.message)).toEqual([
      `the id ${C} was merged into ${A} (${path(A)}), and data/CHANGELOG.md does not say so: add "- Removed ${C}: merged into ${A}." under its newest heading "## 2026.12.03", or under a new dated heading above it. Links and citations with ?event=${C} will be forwarded to ${A}, which lists it in formerIds`,
    ]);
    const recorded = changelog(`- Removed ${C}: merged into ${A}.`);
    expect(checkRemovedIds({ base, current, formerIds, changelog: recorded }).problems).toEqual([]);
  });

  it('says so when the changelog has no "## " heading', () => {
    const { problems } = checkRemovedIds({ base, current: now, changelog: HEADER });
    expect(problems[0]!.message).toContain(
      'under a "## YYYY.MM.DD" heading (the date of the change) at the top',
    );
  });

  it('blanks out invisible characters of an id in messages', () => {
    const odd = '2025-01-01-a\u202eb';
    const { problems } = checkRemovedIds({ base: ids(odd), current: ids(), changelog: HEADER });
    expect(problems[0]!.message).not.toContain('\u202e');
  });
});
