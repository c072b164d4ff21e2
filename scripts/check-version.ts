/**
 * npm run check:version [-- --base <rev>]
 * When this change adds, changes or deletes a file of the published dataset (data/events, data/vocabulary.json,
 * data/schema/event.schema.json), the newest heading of data/CHANGELOG.md (the dataset version) must differ from
 * the base's. Exit 1 when it does not, 2 on a wrong call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedFilesNoun, checkVersionBump } from './lib/dataset/version-bump.ts';
import { baseFromCommandLine } from './lib/removed-ids/base-revision.ts';
import { changedFiles, fileAtRevision, PUBLISHED_DATA } from './lib/removed-ids/event-ids.ts';
import { utcToday } from './lib/validator/linter.ts';
import { formatProblem, githubAnnotation } from './lib/validator/format-problems.ts';

const CHANGELOG = 'data/CHANGELOG.md';
const USAGE = 'Usage: npm run check:version [-- --base <rev>]';
const HELP = `${USAGE}

When this change adds, changes or deletes a file the dataset is published from (${PUBLISHED_DATA.join(', ')}:
the events, and the vocabulary and event schema published with them), the dataset is a new one: the newest
"## " heading of ${CHANGELOG}, which the site shows as the dataset version and citations quote, must differ
from the one at the base. Add a heading with the date of the change ("## YYYY.MM.DD", ".2" for a second release
on one day) above the newest, with a line for each change.

A newest heading that this change wrote, whether event files changed or not, must be a version written
YYYY.MM.DD (or YYYY.MM.DD.2, .3…), newer than the base's, given nowhere else in the file, and not dated after
today. The changelog has no "## Unreleased" section: its newest heading is the version.

  --base <rev>  The branch the change goes into. By default upstream/main if there is one (the project, in a
                clone of a fork), else origin/main, else main; it says which it took. The check compares with
                the merge base of <rev> and HEAD, as check:removed does.
  --help        This text.

The work tree is compared, uncommitted and untracked files included.
Exit 0 when no such file changed or the version changed to a new one, 1 when one changed and the
version did not or the new heading is not a new version, 2 on a wrong call or a revision git does not know.`;

const { root, base, baseRev } = baseFromCommandLine(USAGE, HELP);

let changelog: string | undefined;
try {
  changelog = readFileSync(join(root, CHANGELOG), 'utf8');
} catch {
  changelog = undefined;
}
const changed = changedFiles(root, base, PUBLISHED_DATA);
const { version, baseVersion, problem } = checkVersionBump({
  changedEventFiles: changed,
  changelog,
  baseChangelog: fileAtRevision(root, base, CHANGELOG),
  today: utcToday(),
  changelogFile: CHANGELOG,
});

const at = `${base.slice(0, 7)} (the merge base of ${baseRev} and HEAD)`;
if (problem) {
  console.error(formatProblem(problem));
  // On the changelog's newest heading, or its first line when it has none.
  if (process.env.GITHUB_ACTIONS)
    console.log(githubAnnotation({ ...problem, line: problem.line ?? 1 }, 'check:version'));
  const state =
    version === baseVersion
      ? `the dataset version is still ${version ?? 'missing'}`
      : `the changelog's newest heading, ${version}, is not a new version after the base's ${baseVersion ?? '(none)'}`;
  console.error(
    `\n${changedFilesNoun(changed)} ${changed.length === 1 ? 'differs' : 'differ'} from ${at}; ${state}.`,
  );
  process.exit(1);
}
console.log(
  changed.length === 0
    ? `No file of the published dataset (${PUBLISHED_DATA.join(', ')}) differs from ${at}: the dataset version (${version ?? 'none'}) need not change.`
    : `${changedFilesNoun(changed)} ${changed.length === 1 ? 'differs' : 'differ'} from ${at}, and the dataset version changed: ${baseVersion ?? 'none'} → ${version}.`,
);
