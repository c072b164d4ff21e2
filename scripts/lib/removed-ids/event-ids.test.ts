import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchRepo, TEST_GIT_ENV } from '../testing/scratch-repo.ts';
import {
  currentEvents,
  fileAtRevision,
  idsAtRevision,
  isShallow,
  mergeBase,
  repositoryRoot,
  resolveCommit,
} from './event-ids.ts';

// Repositories of their own in temporary folders: the test never touches the project's.
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const A = '2025-05-16-istanbul-talks-round-1';
const B = '2025-10-budapest-summit';
const C = '2025-08-15-anchorage-summit';
const LATER = '2026-01-01-later-event';
const event = (id: string, formerIds?: unknown) =>
  `${JSON.stringify({ id, title: 'T', formerIds }, null, 2)}\n`;

/**
 * A repository with three events on main, a branch "change" that starts there, and a later commit on main that
 * adds an event: what the target branch gains after the change started is no removal.
 */
function makeRepo() {
  const scratch = scratchRepo('dt-removed-ids-');
  folders.push(scratch.dir);
  const { dir: repo, git, write } = scratch;
  for (const id of [A, B, C]) write(`data/events/2025/${id}.json`, event(id));
  write('data/CHANGELOG.md', '# Dataset changelog\n\n## 2026.11.27\n\n- First release.\n');
  write('README.md', 'not an event\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  const first = git('rev-parse', 'HEAD');
  git('branch', 'change');
  write(`data/events/2026/${LATER}.json`, event(LATER));
  git('add', '.');
  git('commit', '-q', '-m', 'later on main');
  git('checkout', '-q', 'change');
  return { repo, git, write, first };
}

describe('reading ids with git', () => {
  it('finds the repository root, the commits that revisions name and the merge base', () => {
    const { repo, git, first } = makeRepo();
    expect(repositoryRoot(join(repo, 'data'))).toBe(repo);
    expect(resolveCommit(repo, 'main')).toBe(git('rev-parse', 'main'));
    expect(resolveCommit(repo, 'no-such-branch')).toBeUndefined();
    expect(resolveCommit(repo, '--output=x')).toBeUndefined();
    expect(mergeBase(repo, 'main')).toBe(first);
    expect(isShallow(repo)).toBe(false);
  });

  it('reads the ids at a revision from git, whatever the work tree holds', () => {
    const { repo, first } = makeRepo();
    rmSync(join(repo, `data/events/2025/${C}.json`));
    expect(idsAtRevision(repo, first)).toEqual(
      new Map([
        [A, `data/events/2025/${A}.json`],
        [C, `data/events/2025/${C}.json`],
        [B, `data/events/2025/${B}.json`],
      ]),
    );
    expect(idsAtRevision(repo, 'main').get(LATER)).toBe(`data/events/2026/${LATER}.json`);
  });

  it('takes the id from the file, and the file name when the file is not an event', () => {
    const { repo, git, write } = makeRepo();
    write('data/events/2025/misnamed.json', event('2025-01-01-inside'));
    write('data/events/2025/2025-02-02-broken.json', '{ not json');
    git('add', '.');
    git('commit', '-q', '-m', 'odd files');
    const ids = idsAtRevision(repo, 'HEAD');
    expect(ids.get('2025-01-01-inside')).toBe('data/events/2025/misnamed.json');
    expect(ids.get('2025-02-02-broken')).toBe('data/events/2025/2025-02-02-broken.json');
    expect(ids.has('misnamed')).toBe(false);
  });

  it('is empty at a revision without data/events', () => {
    const { repo, git } = makeRepo();
    const emptyTree = git('hash-object', '-t', 'tree', '/dev/null');
    const commit = git('commit-tree', emptyTree, '-m', 'nothing');
    expect(idsAtRevision(repo, commit)).toEqual(new Map());
  });

  it('reads a file at a revision, or undefined when it was not there', () => {
    const { repo, first } = makeRepo();
    expect(fileAtRevision(repo, first, 'data/CHANGELOG.md')).toContain('## 2026.11.27');
    expect(fileAtRevision(repo, first, 'data/nothing.md')).toBeUndefined();
  });
});

describe('currentIds', () => {
  it('reads the work tree by id: moved and misplaced files keep theirs, a changed id is the new one', () => {
    const { repo, git, write } = makeRepo();
    mkdirSync(join(repo, 'data/events/2024'));
    git('mv', `data/events/2025/${A}.json`, `data/events/2024/${A}.json`);
    write(`data/events/2025/${B}.json`, event('2025-10-16-budapest-summit'));
    write(`data/events/2025/deeper/${C}.json`, event(C));
    unlinkSync(join(repo, `data/events/2025/${C}.json`));
    write('data/events/2025/.hidden.json', event('2025-03-03-hidden'));
    symlinkSync(join(repo, 'README.md'), join(repo, 'data/events/2025/2025-04-04-link.json'));
    expect(currentEvents(repo).ids).toEqual(
      new Map([
        [A, `data/events/2024/${A}.json`],
        ['2025-10-16-budapest-summit', `data/events/2025/${B}.json`],
        [C, `data/events/2025/deeper/${C}.json`],
      ]),
    );
  });

  it('reads the former ids each event lists, the first file keeping one that two list', () => {
    const { repo, write } = makeRepo();
    write(`data/events/2025/${A}.json`, event(A, ['2025-05-16-istanbul-talks', 7, '2025-05-istanbul']));
    write(`data/events/2025/${B}.json`, event(B, ['2025-05-istanbul']));
    write(`data/events/2025/${C}.json`, event(C, 'not a list'));
    expect(currentEvents(repo).formerIds).toEqual(
      new Map([
        ['2025-05-16-istanbul-talks', { id: A, file: `data/events/2025/${A}.json` }],
        ['2025-05-istanbul', { id: A, file: `data/events/2025/${A}.json` }],
      ]),
    );
  });

  it('is empty when there is no events folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dt-removed-ids-empty-'));
    folders.push(empty);
    expect(currentEvents(empty)).toEqual({ ids: new Map(), formerIds: new Map() });
  });
});

describe('npm run check:removed', () => {
  const script = join(import.meta.dirname, '../../check-removed.ts');
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
  const { repo, git, write } = makeRepo();
  const run = (...args: string[]) => runIn('', ...args);
  const runIn = (githubActions: string, ...args: string[]) => {
    try {
      const stdout = execFileSync(tsx, [script, ...args], {
        cwd: repo,
        env: { ...TEST_GIT_ENV, GITHUB_ACTIONS: githubActions },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, stdout, stderr: '' };
    } catch (e) {
      const failed = e as { status: number; stdout: string; stderr: string };
      return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('passes when nothing was removed, and does not count what the target branch gained since', () => {
    const result = run('--base', 'main');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 event ids at ');
    expect(result.stdout).toContain('3 now: none removed.');
  });

  it('fails on a deleted event until the changelog names it', () => {
    git('rm', '-q', `data/events/2025/${C}.json`);
    try {
      const result = run('--base', 'main');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`data/events/2025/${C}.json: no event has the id ${C} any more`);
      expect(result.stderr).toContain(`add "- Removed ${C}: <why>."`);
      expect(result.stderr).toContain('under its newest heading "## 2026.11.27"');
      // In GitHub Actions, also an annotation on the changelog's newest heading.
      expect(runIn('true', '--base', 'main').stdout).toMatch(
        /^::error file=data\/CHANGELOG.md,line=3,title=check%3Aremoved%3A data\/CHANGELOG.md::data\/CHANGELOG.md: data\/events\/2025\/2025-08-15-anchorage-summit.json: no event/m,
      );
      write(
        'data/CHANGELOG.md',
        `# Dataset changelog\n\n## 2026.12.03\n\n- Removed ${C}: a test.\n\n## 2026.11.27\n\n- First release.\n`,
      );
      const fixed = run('--base', 'main');
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain(`${C}: removed, recorded under "## 2026.12.03"`);
    } finally {
      git('reset', '-q', '--hard');
    }
  });

  it('says that links to a renamed id in formerIds will be forwarded, and still wants its line', () => {
    const renamed = '2025-08-14-anchorage-summit';
    git('rm', '-q', `data/events/2025/${C}.json`);
    write(`data/events/2025/${renamed}.json`, event(renamed, [C]));
    try {
      const result = run('--base', 'main');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`the id ${C} is now ${renamed} (data/events/2025/${renamed}.json)`);
      expect(result.stderr).toContain(
        `?event=${C} will be forwarded to ${renamed}, which lists it in formerIds`,
      );
      write(
        'data/CHANGELOG.md',
        `# Dataset changelog\n\n## 2026.12.03\n\n- Renamed ${C} → ${renamed}: a test.\n\n## 2026.11.27\n\n- First release.\n`,
      );
      const fixed = run('--base', 'main');
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain(
        `${C}: now ${renamed} (links forwarded), recorded under "## 2026.12.03"`,
      );
    } finally {
      git('reset', '-q', '--hard');
      git('clean', '-qfd');
    }
  });

  it('exits 2 on a revision git does not know, a missing default, or a wrong flag', () => {
    const unknown = run('--base', 'origin/nowhere');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('git does not know the revision "origin/nowhere"');
    // Without --base, and without upstream/main or origin/main, the local main, said so.
    expect(run().stdout).toContain(
      'No --base given: comparing with main (there is no upstream/main or origin/main here).',
    );
    git('branch', '-m', 'main', 'trunk');
    try {
      const noDefault = run();
      expect(noDefault.code).toBe(2);
      expect(noDefault.stderr).toContain(
        'No --base given, and there is no upstream/main, origin/main or main here',
      );
    } finally {
      git('branch', '-m', 'trunk', 'main');
    }
    expect(run('--bsae', 'main').code).toBe(2);
    expect(run('--help').code).toBe(0);
  });
});
