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

  it(
    'compares, without --base, with upstream/main, else origin/main, else main, and says which',
    { timeout: 60_000 },
    () => {
      // A contributor's clone of a fork: origin/main is the fork's main, which already has the change.
      const fork = scratchRepo('dt-check-changelog-fork-');
      try {
        const runIn = (...args: string[]) =>
          runScript(join(import.meta.dirname, '../check-changelog.ts'), args, { cwd: fork.dir, env });
        fork.write(A, '{ "id": "2025-05-16-istanbul-talks" }\n');
        fork.write(B, '{ "id": "2025-10-budapest-summit" }\n');
        fork.write('data/CHANGELOG.md', '# Dataset changelog\n\n## 2026.11.27\n\n- First release.\n');
        fork.git('add', '.');
        fork.git('commit', '-q', '-m', 'first');
        const local = runIn();
        expect(local.status).toBe(0);
        expect(local.stdout).toContain(
          'No --base given: comparing with main (there is no upstream/main or origin/main here).',
        );
        expect(local.stdout).toContain('(the merge base of main and HEAD)');

        fork.git('rm', '-q', B);
        fork.git('commit', '-q', '-m', 'remove B, unrecorded');
        fork.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
        // A local branch that only looks like the project's main is not taken for it.
        fork.git('branch', 'upstream/main', 'HEAD');
        const forkOnly = runIn();
        expect(forkOnly.stdout).toContain(
          'No --base given: comparing with origin/main (there is no upstream/main here).',
        );
        expect(forkOnly.status).toBe(0);

        fork.git('update-ref', 'refs/remotes/upstream/main', 'HEAD~1');
        const upstream = runIn();
        expect(upstream.stdout).toContain(
          "No --base given: comparing with upstream/main (the project's main, as a clone of a fork names it).",
        );
        expect(upstream.stdout + upstream.stderr).toContain('(the merge base of upstream/main and HEAD)');
        expect(upstream.stderr).toContain('no event has the id 2025-10-budapest-summit any more');
        expect(upstream.status).toBe(1);

        // --base still names the branch, whatever the remotes.
        const given = runIn('--base', 'origin/main');
        expect(given.stdout).not.toContain('No --base given');
        expect(given.status).toBe(0);
      } finally {
        fork.remove();
      }
    },
  );
});
