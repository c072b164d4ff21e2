import { parseArgs } from 'node:util';
import { existingRefs, isShallow, mergeBase, repositoryRoot, resolveCommit } from './event-ids.ts';

/**
 * The branch a change goes into when --base names none, in order of preference. A contributor working from a
 * fork has the fork as origin, and the project itself, if at all, as upstream: origin/main is then the fork's
 * main, which may hold the change itself. Git is asked for the refs in full, so that a local branch called
 * "origin/main" is none of them.
 */
const DEFAULT_BASES = [
  {
    ref: 'refs/remotes/upstream/main',
    rev: 'upstream/main',
    why: "the project's main, as a clone of a fork names it",
  },
  { ref: 'refs/remotes/origin/main', rev: 'origin/main', why: 'there is no upstream/main here' },
  { ref: 'refs/heads/main', rev: 'main', why: 'there is no upstream/main or origin/main here' },
] as const;

export const DEFAULT_BASE_REFS: readonly string[] = DEFAULT_BASES.map((b) => b.ref);

export interface DefaultBase {
  /** The revision to give git, in full ("refs/remotes/upstream/main"). */
  ref: string;
  /** The revision as messages name it ("upstream/main"). */
  rev: string;
  /** Why it was chosen, for the line that says so. */
  why: string;
}

/** The branch to compare with, of the refs that exist (full names: "refs/remotes/origin/main"); undefined for none. */
export function chooseDefaultBase(refs: ReadonlySet<string>): DefaultBase | undefined {
  return DEFAULT_BASES.find((b) => refs.has(b.ref));
}

/** The default base of the repository at `root` (see chooseDefaultBase). */
export function defaultBase(root: string): DefaultBase | undefined {
  return chooseDefaultBase(existingRefs(root, DEFAULT_BASE_REFS));
}

export type BaseRevision =
  /** `chosen` is the default taken when no revision was given. */
  | { ok: true; root: string; base: string; baseRev: string; chosen?: DefaultBase }
  /** A wrong call: the message says what to do (exit 2). */
  | { ok: false; message: string };

/**
 * The commit a pull request's checks compare with: the merge base of `rev` (the branch the change goes into,
 * by default upstream/main, origin/main or main: see chooseDefaultBase) and HEAD, so that what that branch gained
 * since the change started is not counted. Shared by check:removed and check:version.
 */
export function baseRevision(cwd: string, rev: string | undefined): BaseRevision {
  const root = repositoryRoot(cwd);
  if (!root)
    return {
      ok: false,
      message: `${cwd} is not in a git repository: run the check in a clone of the project.`,
    };
  const chosen = rev === undefined ? defaultBase(root) : undefined;
  if (rev === undefined && chosen === undefined)
    return {
      ok: false,
      message:
        "No --base given, and there is no upstream/main, origin/main or main here: fetch the project's main (git fetch upstream main, or git fetch origin main), or name the branch the change goes into, e.g. --base <branch>.",
    };
  const baseRev = chosen?.rev ?? rev!;
  if (baseRev.trim() === '')
    return { ok: false, message: '--base is empty: name a branch or commit, e.g. --base origin/main.' };
  if (!resolveCommit(root, chosen?.ref ?? baseRev))
    return {
      ok: false,
      message: `git does not know the revision "${baseRev}": fetch it (e.g. git fetch origin main for origin/main), or name a branch or commit that exists here (git branch -a, git log --oneline).`,
    };
  const base = mergeBase(root, chosen?.ref ?? baseRev);
  if (!base)
    return {
      ok: false,
      message: isShallow(root)
        ? `${baseRev} and HEAD share no commit in this shallow clone: fetch the history (git fetch --unshallow; in GitHub Actions, fetch-depth: 0 on actions/checkout).`
        : `${baseRev} and HEAD share no history: name the branch this change goes into.`,
    };
  return { ok: true, root, base, baseRev, ...(chosen ? { chosen } : {}) };
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
  if (resolved.chosen)
    console.log(`No --base given: comparing with ${resolved.chosen.rev} (${resolved.chosen.why}).`);
  return resolved;
}
