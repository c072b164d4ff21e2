import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A repository of its own in a temporary folder: the test never touches the project's.
const repo = realpathSync(mkdtempSync(join(tmpdir(), 'dt-check-changelog-')));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@site-a.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@site-a.test',
  GITHUB_ACTIONS: '',
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const A = 'data/events/2025/2025-05-16-istanbul-talks.json';
const B = 'data/events/2025/2025-10-budapest-summit.json';

describe('npm run check:changelog', () => {
  const run = (...args: string[]) =>
    spawnSync(
      join(import.meta.dirname, '../../node_modules/.bin/tsx'),
      [join(import.meta.dirname, '../check-changelog.ts'), ...args],
      { cwd: repo, env, encoding: 'utf8' },
    );

  it(
    'runs both checks, the second even when the first fails, and fails if either does',
    { timeout: 60_000 },
    () => {
      git('init', '-q', '-b', 'main');
      write(A, '{ "id": "2025-05-16-istanbul-talks" }\n');
      write(B, '{ "id": "2025-10-budapest-summit" }\n');
      write('data/CHANGELOG.md', '# Dataset changelog\n\n## 2026.11.27\n\n- First release.\n');
      git('add', '.');
      git('commit', '-q', '-m', 'first');
      rmSync(join(repo, B));

      const both = run('--base', 'main');
      expect(both.status).toBe(1);
      expect(both.stderr).toContain('does not give the dataset a new version');
      expect(both.stderr).toContain('no event has the id 2025-10-budapest-summit any more');

      // A new version alone leaves the removed id to record.
      write(
        'data/CHANGELOG.md',
        '# Dataset changelog\n\n## 2026.11.27.2\n\n- Corrected.\n\n## 2026.11.27\n\n- First release.\n',
      );
      const one = run('--base', 'main');
      expect(one.status).toBe(1);
      expect(one.stdout).toContain('the dataset version changed: 2026.11.27 → 2026.11.27.2');
      expect(one.stderr).toContain('add "- Removed 2025-10-budapest-summit: <why>."');

      write(
        'data/CHANGELOG.md',
        '# Dataset changelog\n\n## 2026.11.27.2\n\n- Removed 2025-10-budapest-summit: a test.\n\n## 2026.11.27\n\n- First release.\n',
      );
      const fixed = run('--base', 'main');
      expect(fixed.status).toBe(0);
      expect(fixed.stdout).toContain('The changelog checks pass.');

      expect(run('--base', 'nowhere').status).toBe(2);
    },
  );
});
