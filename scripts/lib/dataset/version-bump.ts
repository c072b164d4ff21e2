import { error, type Problem } from '../validator/problem.ts';
import {
  changelogHeadings,
  compareVersions,
  dayAfter,
  formatVersion,
  parseVersion,
  versionMeant,
  type ChangelogHeading,
  type Version,
} from './changelog-version.ts';

export interface VersionBumpInput {
  /** The files of the published dataset (events, vocabulary, event schema) this change adds, changes or deletes. */
  changedEventFiles: readonly string[];
  /** The changelog now, and at the base (undefined where there is none). */
  changelog: string | undefined;
  baseChangelog: string | undefined;
  /** The day of the check, "YYYY-MM-DD" (UTC), for the heading to suggest. */
  today: string;
  /** How messages name the changelog. */
  changelogFile?: string;
}

export interface VersionBumpResult {
  /** The dataset version now and at the base: the changelog's newest heading. */
  version: string | undefined;
  baseVersion: string | undefined;
  problem: Problem | undefined;
}

/**
 * The heading to add above `current` for a release on `today`: "## 2026.12.03", or, when `current` is already
 * today's (or, on a clock behind, a later day's), the next release of its day ("## 2026.12.03.2", ".3"…).
 */
export function nextVersion(current: string | undefined, today: string): string {
  const v = current === undefined ? undefined : parseVersion(current);
  if (v && v.day >= today) return formatVersion({ day: v.day, release: v.release + 1 });
  return formatVersion({ day: today, release: 1 });
}

/** The newest of the versions among these headings, and `also`. */
function newestOf(headings: readonly ChangelogHeading[], also: string | undefined): string | undefined {
  let newest: Version | undefined;
  for (const text of [...headings.map((h) => h.text), also]) {
    const v = text === undefined ? undefined : parseVersion(text);
    if (v && (!newest || compareVersions(v, newest) > 0)) newest = v;
  }
  return newest && formatVersion(newest);
}

/**
 * "1 event file", "2 files of the published dataset": the files a change made to the dataset, named as an editor
 * knows them (most changes are to events only).
 */
export function changedFilesNoun(changed: readonly string[]): string {
  const n = changed.length;
  return changed.every((f) => f.startsWith('data/events/'))
    ? `${n} event file${n === 1 ? '' : 's'}`
    : `${n} file${n === 1 ? '' : 's'} of the published dataset`;
}

const WHY =
  'The site shows the newest heading as the dataset version, and citations quote it: without a new one, the new data would be cited as the old.';

/**
 * What is wrong with a newest heading that this change wrote: it must be a version, written as the changelog
 * writes them, newer than the base's, given nowhere else in the file, and not dated after today. Undefined when
 * it is all of these.
 */
function newHeadingProblem(
  newest: ChangelogHeading,
  older: readonly ChangelogHeading[],
  baseVersion: string | undefined,
  today: string,
  next: string,
): string | undefined {
  const heading = `"## ${newest.text}"`;
  const write = `write "## ${next}" (the date of the change; ".2", ".3"… for another release on the same day)`;
  const version = parseVersion(newest.text);
  if (!version) {
    if (/^\[?unreleased\]?$/i.test(newest.text))
      return `its newest heading is ${heading}, which is not a version: this changelog has no "Unreleased" section, since its newest heading is the dataset version (the build would pass over "Unreleased" and show the new data under the older version below it). Rename the heading: ${write}, keeping the lines under it`;
    const meant = versionMeant(newest.text);
    if (meant !== undefined && meant !== newest.text)
      return `its newest heading ${heading} is not written as a version: write "## ${meant}" (YYYY.MM.DD, with dots)`;
    return `its newest heading ${heading} is not a version: ${write}`;
  }
  const reasons: string[] = [];
  const base = baseVersion === undefined ? undefined : parseVersion(baseVersion);
  if (base && compareVersions(version, base) <= 0)
    reasons.push(
      compareVersions(version, base) === 0
        ? `is the base's version ${baseVersion}, written another way`
        : `goes back from the base's newest version, ${baseVersion}: a new version comes after every earlier one`,
    );
  const twin = older.find((h) => {
    const v = parseVersion(h.text);
    return v !== undefined && compareVersions(v, version) === 0;
  });
  if (twin)
    reasons.push(
      `is already the heading of an older section (line ${twin.line}): each version is given once`,
    );
  if (version.day > dayAfter(today)) reasons.push(`is dated after today, ${today}`);
  if (reasons.length === 0) return undefined;
  return `its newest heading ${heading} ${reasons.join('; it ')}: ${write}`;
}

/**
 * A change to the events is a new dataset: its version (the changelog's newest heading, which the site shows
 * and citations quote) must change with it, or citations of two different datasets look the same. A newest
 * heading that this change wrote must be a new version, whether the events changed or not.
 */
export function checkVersionBump(input: VersionBumpInput): VersionBumpResult {
  const file = input.changelogFile ?? 'data/CHANGELOG.md';
  const headings = input.changelog === undefined ? [] : changelogHeadings(input.changelog);
  const newest = headings[0];
  const version = newest?.text;
  const baseVersion =
    input.baseChangelog === undefined ? undefined : changelogHeadings(input.baseChangelog)[0]?.text;
  const changed = input.changedEventFiles;
  const next = nextVersion(newestOf(headings.slice(1), baseVersion), input.today);
  const result = (message: string | undefined, line?: number): VersionBumpResult => ({
    version,
    baseVersion,
    problem:
      message === undefined
        ? undefined
        : { ...error(file, '', message), ...(line === undefined ? {} : { line }) },
  });
  const shown =
    changed.slice(0, 3).join(', ') + (changed.length > 3 ? `, and ${changed.length - 3} more` : '');
  const what = `this change adds, changes or deletes ${changedFilesNoun(changed)} (${shown})`;
  const lines = `with a line for each change (e.g. "- Added <id>." or "- Corrected … in <id>.")`;
  if (newest === undefined)
    return result(
      changed.length === 0
        ? undefined
        : `${what}, but ${file} does not give the dataset a new version: it has no version heading: add "## ${next}" (the date of the change) at the top, ${lines}. ${WHY}`,
    );
  if (version !== baseVersion) {
    const wrong = newHeadingProblem(newest, headings.slice(1), baseVersion, input.today, next);
    return result(wrong && `${wrong}. ${WHY}`, newest.line);
  }
  if (changed.length === 0) return result(undefined);
  return result(
    `${what}, but ${file} does not give the dataset a new version: its newest heading is still "## ${version}", as at the base: add a heading "## ${next}" above it (the date of the change; ".2", ".3"… for another release on the same day), ${lines}. ${WHY}`,
    newest.line,
  );
}
