import { changelogHeadings } from '../dataset/changelog-version.ts';
import { nextVersion } from '../dataset/version-bump.ts';

export interface ChangelogStepInput {
  /** The new event's id. */
  id: string;
  /** The changelog as messages name it ("data/CHANGELOG.md"). */
  file: string;
  /** Its text now (undefined when there is none). */
  changelog: string | undefined;
  /**
   * Its newest heading on the branch the change goes into (at the merge base), when that could be read with git;
   * undefined when it could not (no upstream/main, origin/main or main, or not a git clone): the step then says how to tell.
   */
  baseNewest: { heading: string | undefined } | undefined;
  /** The day, "YYYY-MM-DD" (UTC). */
  today: string;
}

/**
 * The exact changelog step after a new event: the line to add and under which heading. A change to the events
 * needs a newest heading of its own (check:version), so the first change of a branch adds one, with the date, and
 * later changes of the branch add their lines under it.
 */
export function changelogStep(input: ChangelogStepInput): string {
  const line = `"- Added ${input.id}."`;
  const newest = input.changelog === undefined ? undefined : changelogHeadings(input.changelog)[0]?.text;
  const next = nextVersion(newest, input.today);
  if (newest === undefined)
    return `Add the heading "## ${next}" (the date of the change) at the top of ${input.file}, and under it the line ${line}.`;
  if (input.baseNewest !== undefined && input.baseNewest.heading !== newest)
    return `Add the line ${line} under the newest heading of ${input.file}, "## ${newest}", which this branch added.`;
  const add = `Add the heading "## ${next}" above "## ${newest}" in ${input.file}, and under it the line ${line}`;
  return input.baseNewest === undefined
    ? `${add}; if this branch added "## ${newest}" itself, add the line under it instead.`
    : `${add}.`;
}
