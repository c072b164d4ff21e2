import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this validator belongs to. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A path as a command run from the current folder takes it. */
const fromHere = (path: string) => relative(process.cwd(), path).split('\\').join('/') || '.';

/** The path inside the repository, when `path` lies in it; undefined when it lies outside. */
function insideRepository(path: string): string | undefined {
  const inside = relative(ROOT, resolve(path));
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? undefined : inside;
}

/** Whether git tracks the file (in its index: a file deleted from the work tree still is), so that git restore brings it back. */
function tracked(inside: string): boolean {
  const git = spawnSync('git', ['ls-files', '--error-unmatch', '--', inside], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: 10_000,
  });
  return git.status === 0;
}

/**
 * How to get back a file the validator needs (the vocabulary, a schema) that is missing or broken. "git restore"
 * only for a file git tracks in this repository: a --data folder elsewhere, or a file git does not know, is
 * copied back from where it came from, and the project's own file of that name is named as a start.
 */
export function restoreHint(path: string): string {
  const inside = insideRepository(path);
  if (inside !== undefined && tracked(inside)) {
    const here = insideRepository(process.cwd()) !== undefined || resolve(process.cwd()) === resolve(ROOT);
    const command = here
      ? `git restore ${fromHere(join(ROOT, inside))}`
      : `git -C ${fromHere(ROOT)} restore ${inside.split('\\').join('/')}`;
    return `restore it from the repository (${command})`;
  }
  const own = [join(ROOT, 'data', basename(path)), join(ROOT, 'data', 'schema', basename(path))].find(
    (candidate) => existsSync(candidate) && resolve(candidate) !== resolve(path),
  );
  return `copy it back from where it came from (git does not track it in this repository${own ? `; the project's own is ${fromHere(own)}` : ''})`;
}
