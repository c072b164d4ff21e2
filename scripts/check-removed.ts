/**
 * npm run check:removed [-- --base <rev>]
 * Every event id that was in data/events at the base and is in no event file now (the file deleted, or its id
 * changed) must be recorded in the newest section of data/CHANGELOG.md, as "- Removed <id>: <why>." or
 * "- Renamed <old id> → <new id>: <why>.". Exit 1 when one is not, 2 on a wrong call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseFromCommandLine } from './lib/removed-ids/base-revision.ts';
import { currentEvents, fileAtRevision, idsAtRevision } from './lib/removed-ids/event-ids.ts';
import { checkRemovedIds } from './lib/removed-ids/removed-ids.ts';
import { formatProblem, githubAnnotation } from './lib/validator/format-problems.ts';

const CHANGELOG = 'data/CHANGELOG.md';
const USAGE = 'Usage: npm run check:removed [-- --base <rev>]';
const HELP = `${USAGE}

Finds every event id that was in data/events at the base and is in no event file now: the file was deleted,
or the id inside it changed. Files are compared by id, not by path, so moving a file to another folder removes
nothing. Each removed id must be recorded in the newest section of ${CHANGELOG} (under its topmost "## "
heading), in a line this change wrote, as "- Removed <id>: <why>." or "- Renamed <old id> → <new id>: <why>."
(a line that only names the id, such as "- Corrected the figures in <id>.", does not record it): links
(?event=<id>) and citations that use it stop working, unless the event that took its place lists it in formerIds,
which forwards them there.

  --base <rev>  The branch the change goes into. By default upstream/main if there is one (the project, in a
                clone of a fork), else origin/main, else main; it says which it took. The check compares with
                the merge base of <rev> and HEAD, so what the branch gained since this change started is not
                counted. Fetch the project's main first: git fetch upstream main (or origin main).
  --help        This text.

The current ids are read from the work tree, uncommitted changes included; the base's with git.
Exit 0 when every removed id is recorded, 1 when one is not, 2 on a wrong call or a revision git does not know.`;

const { root, base, baseRev } = baseFromCommandLine(USAGE, HELP);

const readChangelog = () => {
  try {
    return readFileSync(join(root, CHANGELOG), 'utf8');
  } catch {
    return '';
  }
};
const baseIds = idsAtRevision(root, base);
const now = currentEvents(root);
const nowIds = now.ids;
const { removed, problems, section } = checkRemovedIds({
  base: baseIds,
  current: nowIds,
  formerIds: now.formerIds,
  changelog: readChangelog(),
  baseChangelog: fileAtRevision(root, base, CHANGELOG),
  changelogFile: CHANGELOG,
});

const at = `${base.slice(0, 7)} (the merge base of ${baseRev} and HEAD)`;
for (const p of problems) {
  console.error(formatProblem(p));
  if (process.env.GITHUB_ACTIONS) {
    // Shown on the changelog's newest heading: the file the id was in may be gone from the pull request.
    const line = section?.line ?? 1;
    console.log(
      githubAnnotation(
        { ...p, file: CHANGELOG, pointer: '', line, message: formatProblem(p) },
        'check:removed',
      ),
    );
  }
}
const recorded = removed.filter((r) => !problems.some((p) => p.file === r.file));
for (const r of recorded) {
  const to = r.forwardedTo ?? r.renamedTo;
  const fate = to ? `now ${to.id}${r.forwardedTo ? ' (links forwarded)' : ''}` : 'removed';
  console.log(`${r.id}: ${fate}, recorded under "${section?.heading}"`);
}
const outcome =
  removed.length === 0
    ? 'none removed'
    : problems.length === 0
      ? `${removed.length} removed, each recorded in ${CHANGELOG}`
      : `${removed.length} removed, ${problems.length} not recorded ("- Removed <id>: <why>." or "- Renamed <old id> → <new id>: <why>.") in a line of this change under the newest heading of ${CHANGELOG}`;
const summary = `${baseIds.size} event ids at ${at}, ${nowIds.size} now: ${outcome}.`;
if (problems.length > 0) {
  console.error(
    `\n${summary} Add the lines above; each names the id, the file it was in and the line to write.`,
  );
  process.exit(1);
}
console.log(summary);
