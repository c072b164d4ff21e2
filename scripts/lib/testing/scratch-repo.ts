import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * git as a test runs it: none of the machine's or the user's settings (a signing key, a default branch, a
 * hook) and a fixed author, so that a commit works on any machine, CI's included.
 */
export const TEST_GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@site-a.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@site-a.test',
};

export interface ScratchRepo {
  /** The folder, its real path (the temporary folder may be reached through a link, as on macOS). */
  dir: string;
  /** Runs git in it; its output, trimmed. */
  git(...args: string[]): string;
  /** Writes a file at a path relative to it, making its folders. */
  write(path: string, text: string): void;
  remove(): void;
}

/** An empty git repository of its own in a temporary folder: a test never touches the project's. */
export function scratchRepo(prefix: string): ScratchRepo {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: TEST_GIT_ENV, encoding: 'utf8', stdio: 'pipe' }).trim();
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
