import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchRepo, TEST_GIT_ENV } from '../testing/scratch-repo.ts';
import { changedFiles } from '../removed-ids/event-ids.ts';
import { formatProblem } from '../validator/format-problems.ts';
import { checkVersionBump, nextVersion } from './version-bump.ts';

const CHANGELOG = (...versions: string[]) =>
  `# Dataset changelog\n\n${versions.map((v) => `## ${v}\n\n- A change.\n`).join('\n')}`;

describe('nextVersion', () => {
  it('suggests the day of the check, or the next release of that day', () => {
    expect(nextVersion('2026.11.27', '2026-12-03')).toBe('2026.12.03');
    expect(nextVersion('2026.12.03', '2026-12-03')).toBe('2026.12.03.2');
    expect(nextVersion('2026.12.03.6', '2026-12-03')).toBe('2026.12.03.7');
    expect(nextVersion(undefined, '2026-12-03')).toBe('2026.12.03');
    expect(nextVersion('1.2.0', '2026-12-03')).toBe('2026.12.03');
    // A clock behind the newest version's day does not suggest an older version.
    expect(nextVersion('2026.12.04.2', '2026-12-03')).toBe('2026.12.04.3');
  });
});

describe('checkVersionBump', () => {
  const input = {
    changedEventFiles: ['data/events/2025/2025-05-16-talks.json'],
    changelog: CHANGELOG('2026.11.28.6', '2026.11.28.5'),
    baseChangelog: CHANGELOG('2026.11.28.6', '2026.11.28.5'),
    today: '2026-11-28',
  };

  it('fails when an event file changed and the newest heading did not, saying what to add', () => {
    const { problem } = checkVersionBump(input);
    expect(problem && formatProblem(problem)).toBe(
      'data/CHANGELOG.md:3: this change adds, changes or deletes 1 event file (data/events/2025/2025-05-16-talks.json), but data/CHANGELOG.md does not give the dataset a new version: its newest heading is still "## 2026.11.28.6", as at the base: add a heading "## 2026.11.28.7" above it (the date of the change; ".2", ".3"… for another release on the same day), with a line for each change (e.g. "- Added <id>." or "- Corrected … in <id>."). The site shows the newest heading as the dataset version, and citations quote it: without a new one, the new data would be cited as the old.',
    );
  });

  it('names three files and counts the rest', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((x) => `data/events/2025/${x}.json`);
    const { problem } = checkVersionBump({ ...input, changedEventFiles: files, today: '2026-12-03' });
    expect(problem?.message).toContain(
      'deletes 5 event files (data/events/2025/a.json, data/events/2025/b.json, data/events/2025/c.json, and 2 more)',
    );
    expect(problem?.message).toContain('add a heading "## 2026.12.03" above it');
  });

  it('passes when the newest heading changed, or when no event file did', () => {
    expect(
      checkVersionBump({ ...input, changelog: CHANGELOG('2026.11.28.7', '2026.11.28.6') }).problem,
    ).toBeUndefined();
    expect(checkVersionBump({ ...input, changedEventFiles: [] }).problem).toBeUndefined();
    // A changelog that the base lacked gives the dataset its first version.
    expect(checkVersionBump({ ...input, baseChangelog: undefined }).problem).toBeUndefined();
  });

  const newest = (...versions: string[]) =>
    checkVersionBump({ ...input, changelog: CHANGELOG(...versions) }).problem;

  it('fails on a new heading that goes back, repeats an older one, or is dated after today', () => {
    // As the tester did it: 2026.11.28.5 is further down, and older than the base's 2026.11.28.6.
    const back = newest('2026.11.28.5', '2026.11.28.6', '2026.11.28.5');
    expect(back && formatProblem(back)).toBe(
      'data/CHANGELOG.md:3: its newest heading "## 2026.11.28.5" goes back from the base\'s newest version, 2026.11.28.6: a new version comes after every earlier one; it is already the heading of an older section (line 11): each version is given once: write "## 2026.11.28.7" (the date of the change; ".2", ".3"… for another release on the same day). The site shows the newest heading as the dataset version, and citations quote it: without a new one, the new data would be cited as the old.',
    );
    expect(newest('2025.01.01', '2026.11.28.6')?.message).toContain(
      'its newest heading "## 2025.01.01" goes back from the base\'s newest version, 2026.11.28.6',
    );
    // Newer than the base, but given again further down (the base's newest was not the newest of the file).
    const twice = checkVersionBump({
      ...input,
      baseChangelog: CHANGELOG('2026.11.27'),
      changelog: CHANGELOG('2026.11.28', '2026.11.27', '2026.11.28'),
    }).problem;
    expect(twice?.message).toContain(
      'its newest heading "## 2026.11.28" is already the heading of an older section (line 11): each version is given once: write "## 2026.11.28.2"',
    );
    expect(newest('2026.12.30', '2026.11.28.6')?.message).toContain(
      'its newest heading "## 2026.12.30" is dated after today, 2026-11-28: write "## 2026.11.28.7"',
    );
    // A clock a day behind the editor's is not "after today".
    expect(newest('2026.11.29', '2026.11.28.6')).toBeUndefined();
  });

  it('fails on a new heading written in another form, saying the version meant', () => {
    expect(newest('2026-11-29', '2026.11.28.6')?.message).toContain(
      'its newest heading "## 2026-11-29" is not written as a version: write "## 2026.11.29" (YYYY.MM.DD, with dots)',
    );
    expect(newest('2026.11.28.1', '2026.11.28.6')?.message).toContain(
      'is not written as a version: write "## 2026.11.28"',
    );
    expect(newest('2026.02.30', '2026.11.28.6')?.message).toContain(
      'its newest heading "## 2026.02.30" is not a version: write "## 2026.11.28.7"',
    );
  });

  it('fails on "## Unreleased", saying that the changelog has no such section and what to write', () => {
    const problem = newest('Unreleased', '2026.11.28.6', '2026.11.28.5');
    expect(problem?.line).toBe(3);
    expect(problem?.message).toContain(
      'its newest heading is "## Unreleased", which is not a version: this changelog has no "Unreleased" section, since its newest heading is the dataset version (the build would pass over "Unreleased" and show the new data under the older version below it). Rename the heading: write "## 2026.11.28.7"',
    );
  });

  it('checks a new heading even when no event file changed', () => {
    expect(
      checkVersionBump({
        ...input,
        changedEventFiles: [],
        changelog: CHANGELOG('Unreleased', '2026.11.28.6'),
      }).problem,
    ).toBeDefined();
  });

  it('fails when the changelog has no version heading at all', () => {
    const { problem } = checkVersionBump({ ...input, changelog: '# Dataset changelog\n' });
    expect(problem?.message).toContain(
      'it has no version heading: add "## 2026.11.28.7" (the date of the change) at the top',
    );
  });
});

// Repositories of their own in temporary folders: the tests never touch the project's.
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const A = 'data/events/2025/2025-05-16-istanbul-talks.json';
const B = 'data/events/2025/2025-10-budapest-summit.json';

/** main with two events and a changelog; a branch "change" from there; main gains an event and a version later. */
function makeRepo() {
  const scratch = scratchRepo('dt-version-');
  folders.push(scratch.dir);
  const { dir: repo, git, write } = scratch;
  write(A, '{ "id": "2025-05-16-istanbul-talks" }\n');
  write(B, '{ "id": "2025-10-budapest-summit" }\n');
  write('data/CHANGELOG.md', CHANGELOG('2026.11.27'));
  write('README.md', 'not an event\n');
  write('data/vocabulary.json', '{ "parties": { "AE": { "name": "United Arab Emirates" } } }\n');
  write('data/schema/event.schema.json', '{ "title": "DiplomaticEvent" }\n');
  write('data/schema/vocabulary.schema.json', '{ "title": "Vocabulary" }\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  git('branch', 'change');
  write('data/events/2026/2026-01-01-later.json', '{ "id": "2026-01-01-later" }\n');
  write('data/CHANGELOG.md', CHANGELOG('2026.11.28', '2026.11.27'));
  git('add', '.');
  git('commit', '-q', '-m', 'later on main');
  git('checkout', '-q', 'change');
  return { repo, git, write };
}

describe('changedFiles', () => {
  it('lists the event files added, changed or deleted since a commit, committed or not, untracked included', () => {
    const { repo, git, write } = makeRepo();
    expect(changedFiles(repo, 'HEAD', ['data/events/'])).toEqual([]);
    write(A, '{ "id": "2025-05-16-istanbul-talks", "title": "T" }\n');
    git('rm', '-q', B);
    write('data/events/2025/2025-06-01-new.json', '{}\n');
    write('README.md', 'changed, but not an event\n');
    expect(changedFiles(repo, 'HEAD', ['data/events/'])).toEqual([
      'data/events/2025/2025-05-16-istanbul-talks.json',
      'data/events/2025/2025-06-01-new.json',
      'data/events/2025/2025-10-budapest-summit.json',
    ]);
    git('add', '.');
    git('commit', '-q', '-m', 'changes');
    expect(changedFiles(repo, 'HEAD~1', ['data/events/'])).toHaveLength(3);
  });
});

describe('npm run check:version', () => {
  const script = join(import.meta.dirname, '../../check-version.ts');
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
  const { repo, git, write } = makeRepo();
  const run = (githubActions: string, ...args: string[]) => {
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

  it('passes when no event file changed, whatever the target branch gained since', () => {
    write('README.md', 'a change that is not to the data\n');
    try {
      const result = run('', '--base', 'main');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^No file of the published dataset \(data\/events\/, data\/vocabulary.json, data\/schema\/event.schema.json\) differs from [0-9a-f]{7} \(the merge base of main and HEAD\)/,
      );
    } finally {
      git('checkout', '-q', '--', '.');
    }
  });

  it('fails on a changed event file until the changelog has a new newest heading', () => {
    write(A, '{ "id": "2025-05-16-istanbul-talks", "title": "Corrected" }\n');
    try {
      const result = run('', '--base', 'main');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `data/CHANGELOG.md:3: this change adds, changes or deletes 1 event file (${A}), but data/CHANGELOG.md does not give the dataset a new version: its newest heading is still "## 2026.11.27", as at the base: add a heading "## `,
      );
      // A line under the old heading is not a new version.
      write(
        'data/CHANGELOG.md',
        CHANGELOG('2026.11.27').replace('- A change.', '- A change.\n- Corrected A.'),
      );
      expect(run('', '--base', 'main').code).toBe(1);
      // In GitHub Actions, also an annotation on the changelog's newest heading.
      expect(run('true', '--base', 'main').stdout).toMatch(
        /^::error file=data\/CHANGELOG.md,line=3,title=check%3Aversion%3A data\/CHANGELOG.md::data\/CHANGELOG.md: this change adds/m,
      );
      // A version that goes back, or is given twice, is not a new one.
      write('data/CHANGELOG.md', CHANGELOG('2026.11.26', '2026.11.27', '2026.11.26'));
      const back = run('', '--base', 'main');
      expect(back.code).toBe(1);
      expect(back.stderr).toContain(
        'data/CHANGELOG.md:3: its newest heading "## 2026.11.26" goes back from the base\'s newest version, 2026.11.27',
      );
      write('data/CHANGELOG.md', CHANGELOG('2026.11.27.2', '2026.11.27'));
      const fixed = run('', '--base', 'main');
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain('1 event file differs from ');
      expect(fixed.stdout).toContain('and the dataset version changed: 2026.11.27 → 2026.11.27.2.');
    } finally {
      git('checkout', '-q', '--', '.');
    }
  });

  it('fails on a change to the vocabulary or the event schema, which are published with the events', () => {
    // The vocabulary goes into events.json and the CSV's party names; the event schema is published beside them.
    write('data/vocabulary.json', '{ "parties": { "AE": { "name": "UAE (renamed)" } } }\n');
    write('data/schema/event.schema.json', '{ "title": "DiplomaticEvent", "description": "new" }\n');
    try {
      const result = run('', '--base', 'main');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'data/CHANGELOG.md:3: this change adds, changes or deletes 2 files of the published dataset (data/schema/event.schema.json, data/vocabulary.json), but data/CHANGELOG.md does not give the dataset a new version',
      );
      write('data/CHANGELOG.md', CHANGELOG('2026.11.27.2', '2026.11.27'));
      const fixed = run('', '--base', 'main');
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain('2 files of the published dataset differ from ');
    } finally {
      git('checkout', '-q', '--', '.');
    }
  });

  it('passes a change to the vocabulary schema alone, which is not published', () => {
    write('data/schema/vocabulary.schema.json', '{ "title": "Vocabulary", "description": "new" }\n');
    try {
      expect(run('', '--base', 'main').code).toBe(0);
    } finally {
      git('checkout', '-q', '--', '.');
    }
  });

  it('counts a deleted and an untracked new event file as changes', () => {
    git('rm', '-q', B);
    write('data/events/2025/2025-06-01-new.json', '{ "id": "2025-06-01-new" }\n');
    try {
      const result = run('', '--base', 'main');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`2 event files (data/events/2025/2025-06-01-new.json, ${B})`);
    } finally {
      git('reset', '-q', '--hard');
      git('clean', '-qfd');
    }
  });

  it('exits 2 on a revision git does not know, a missing default, or a wrong flag', () => {
    const unknown = run('', '--base', 'origin/nowhere');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('git does not know the revision "origin/nowhere"');
    // Without --base, and without upstream/main or origin/main, the local main, said so.
    expect(run('').stdout).toContain(
      'No --base given: comparing with main (there is no upstream/main or origin/main here).',
    );
    git('branch', '-m', 'main', 'trunk');
    try {
      const noDefault = run('');
      expect(noDefault.code).toBe(2);
      expect(noDefault.stderr).toContain(
        'No --base given, and there is no upstream/main, origin/main or main here',
      );
    } finally {
      git('branch', '-m', 'trunk', 'main');
    }
    expect(run('', '--bsae', 'main').code).toBe(2);
    expect(run('', '--help').code).toBe(0);
  });
});
