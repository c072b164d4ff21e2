import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run-script.ts';
import { scratchRepo, TEST_GIT_ENV } from './testing/scratch-repo.ts';

const scratch = scratchRepo('dt-check-changelog-');
afterAll(() => scratch.remove());
const { dir: repo, git, write } = scratch;
const env = { ...TEST_GIT_ENV, GITHUB_ACTIONS: '' };
const A = 'data/events/2025/2025-05-16-istanbul-talks.json';
const B = 'data/events/2025/2025-10-budapest-summit.json';

describe('npm run check:changelog', () => {
  const run = (...args: string[]) =>
    runScript(join(import.meta.dirname, '../check-changelog.ts'), args, { cwd: repo, env });

  it(
    'runs both checks, the second even when the first fails, and fails if either does',
    { timeout: 60_000 },
    () => {
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
