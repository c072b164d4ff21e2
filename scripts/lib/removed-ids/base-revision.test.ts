import { describe, expect, it } from 'vitest';
import { chooseDefaultBase } from './base-revision.ts';

describe('the branch a change is compared with when --base names none', () => {
  const choose = (...refs: string[]) => chooseDefaultBase(new Set(refs))?.rev;

  it("prefers the project's own main (upstream/main) to a fork's (origin/main), and either to a local main", () => {
    expect(choose('refs/remotes/upstream/main', 'refs/remotes/origin/main', 'refs/heads/main')).toBe(
      'upstream/main',
    );
    expect(choose('refs/remotes/origin/main', 'refs/heads/main')).toBe('origin/main');
    expect(choose('refs/heads/main')).toBe('main');
    expect(choose('refs/remotes/upstream/main')).toBe('upstream/main');
  });

  it('takes nothing else for them: another branch, a tag, or a local branch named like a remote one', () => {
    expect(choose()).toBeUndefined();
    expect(choose('refs/heads/upstream/main', 'refs/heads/origin/main', 'refs/tags/main')).toBeUndefined();
    expect(choose('refs/remotes/upstream/master', 'refs/remotes/fork/main')).toBeUndefined();
  });

  it('says why it chose each, for the line that tells the user', () => {
    expect(chooseDefaultBase(new Set(['refs/remotes/upstream/main']))?.why).toMatch(/project's main/);
    expect(chooseDefaultBase(new Set(['refs/remotes/origin/main']))?.why).toMatch(/no upstream\/main/);
    expect(chooseDefaultBase(new Set(['refs/heads/main']))?.why).toMatch(/no upstream\/main or origin\/main/);
  });
});
