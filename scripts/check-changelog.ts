/**
 * npm run check:changelog [-- --base <rev>]
 * The two checks of data/CHANGELOG.md that CI runs on a pull request, in one command and both always run:
 * check:version (a change to the events has a new version heading) and check:removed (each removed or renamed
 * id is recorded). Run it before you push: neither npm run validate nor npm test runs them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { combinedExit } from './lib/combined-exit.ts';

const USAGE = 'Usage: npm run check:changelog [-- --base <rev>]';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`${USAGE}

Runs npm run check:version and npm run check:removed, both of them whatever the first finds, as CI does on a
pull request: the first wants a new version heading in data/CHANGELOG.md when an event file changed, the second
a line "- Removed <id>: <why>." or "- Renamed <old id> → <new id>: <why>." for each id that is gone.

  --base <rev>  The branch the change goes into. By default upstream/main if there is one (the project, in a
                clone of a fork), else origin/main, else main; each check says which it took. Fetch the
                project's main first: git fetch upstream main (or origin main).
  --help        This text.

Exit 0 when both pass, 1 when either finds a problem, 2 on a wrong call or a revision git does not know.`);
  process.exit(0);
}

const codes: number[] = [];
for (const [name, script] of [
  ['check:version', 'check-version.ts'],
  ['check:removed', 'check-removed.ts'],
] as const) {
  console.log(`\n— npm run ${name}`);
  // The same Node, with the same loader (tsx) that runs this script.
  const run = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, script), ...args], {
    stdio: 'inherit',
  });
  codes.push(run.status ?? 2);
}
const code = combinedExit(codes);
console.log(
  code === 0
    ? '\nThe changelog checks pass.'
    : code === 1
      ? '\nFix what the checks above say in data/CHANGELOG.md (each names the line to add), then run npm run check:changelog again.'
      : '\nA check could not run: see its message above.',
);
process.exit(code);
