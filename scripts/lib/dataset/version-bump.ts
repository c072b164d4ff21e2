import { error, type Problem } from '../validator/problem.ts';
import { datasetVersionOf } from './dataset-version.ts';

export interface VersionBumpInput {
  /** The files under data/events that this change adds, changes or deletes. */
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
 * today's, the next of the day ("## 2026.12.03.2", "## 2026.12.03.3"…).
 */
export function nextVersion(current: string | undefined, today: string): string {
  const day = today.replaceAll('-', '.');
  const m = /^(\d{4}\.\d{2}\.\d{2})(?:\.(\d+))?$/.exec(current ?? '');
  if (m && m[1] === day) return `${day}.${Number(m[2] ?? '1') + 1}`;
  return day;
}

/**
 * A change to the events is a new dataset: its version (the changelog's newest heading, which the site shows
 * and citations quote) must change with it, or citations of two different datasets look the same.
 */
export function checkVersionBump(input: VersionBumpInput): VersionBumpResult {
  const file = input.changelogFile ?? 'data/CHANGELOG.md';
  const version = input.changelog === undefined ? undefined : datasetVersionOf(input.changelog);
  const baseVersion = input.baseChangelog === undefined ? undefined : datasetVersionOf(input.baseChangelog);
  const changed = input.changedEventFiles;
  if (changed.length === 0 || (version !== undefined && version !== baseVersion))
    return { version, baseVersion, problem: undefined };
  const shown =
    changed.slice(0, 3).join(', ') + (changed.length > 3 ? `, and ${changed.length - 3} more` : '');
  const what = `this change adds, changes or deletes ${changed.length} event file${changed.length === 1 ? '' : 's'} (${shown})`;
  const next = nextVersion(version, input.today);
  const where =
    version === undefined
      ? `it has no version heading: add "## ${next}" (the date of the change) at the top`
      : `its newest heading is still "## ${version}", as at the base: add a heading "## ${next}" above it (the date of the change; ".2", ".3"… for another release on the same day)`;
  const message = `${what}, but ${file} does not give the dataset a new version: ${where}, with a line for each change (e.g. "- Added <id>." or "- Corrected … in <id>."). The site shows the newest heading as the dataset version, and citations quote it: without a new one, the new data would be cited as the old.`;
  return { version, baseVersion, problem: error(file, '', message) };
}
