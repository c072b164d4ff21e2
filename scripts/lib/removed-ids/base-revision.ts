import { parseArgs } from 'node:util';
import { isShallow, mergeBase, repositoryRoot, resolveCommit } from './event-ids.ts';

export const DEFAULT_BASE = 'origin/main';

export type BaseRevision =
  | { ok: true; root: string; base: string; baseRev: string }
  /** A wrong call: the message says what to do (exit 2). */
  | { ok: false; message: string };

/**
 * The commit a pull request's checks compare with: the merge base of `rev` (the branch the change goes into,
 * origin/main by default) and HEAD, so that what that branch gained since the change started is not counted.
 * Shared by check:removed and check:version.
 */
export function baseRevision(cwd: string, rev: string | undefined): BaseRevision {
  const root = repositoryRoot(cwd);
  if (!root)
    return {
      ok: false,
      message: `${cwd} is not in a git repository: run the check in a clone of the project.`,
    };
  const baseRev = rev ?? DEFAULT_BASE;
  if (baseRev.trim() === '')
    return { ok: false, message: '--base is empty: name a branch or commit, e.g. --base origin/main.' };
  if (!resolveCommit(root, baseRev))
    return {
      ok: false,
      message:
        rev === undefined
          ? `No --base given, and there is no ${DEFAULT_BASE} here: fetch it (git fetch origin main), or name the branch the change goes into, e.g. --base main.`
          : `git does not know the revision "${baseRev}": fetch it (e.g. git fetch origin main for origin/main), or name a branch or commit that exists here (git branch -a, git log --oneline).`,
    };
  const base = mergeBase(root, baseRev);
  if (!base)
    return {
      ok: false,
      message: isShallow(root)
        ? `${baseRev} and HEAD share no commit in this shallow clone: fetch the history (git fetch --unshallow; in GitHub Actions, fetch-depth: 0 on actions/checkout).`
        : `${baseRev} and HEAD share no history: name the branch this change goes into.`,
    };
  return { ok: true, root, base, baseRev };
}

/**
 * The command line of check:removed and check:version: `--base <rev>` and `--help`. Prints the help and exits
 * 0 when asked; prints a wrong call with the usage and exits 2; otherwise returns the base to compare with.
 */
export function baseFromCommandLine(
  usage: string,
  help: string,
): { root: string; base: string; baseRev: string } {
  const usageError = (message: string): never => {
    console.error(`${message}\n${usage} (--help says more)`);
    process.exit(2);
  };
  let values: { base?: string; help: boolean } = { help: false };
  try {
    ({ values } = parseArgs({
      options: { base: { type: 'string' }, help: { type: 'boolean', default: false } },
    }));
  } catch (e) {
    usageError((e as Error).message);
  }
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  const resolved = baseRevision(process.cwd(), values.base);
  if (!resolved.ok) return usageError(resolved.message);
  return resolved;
}
