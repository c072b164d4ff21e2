import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The steps of the CI job as text, by name (or by what they run), in order. */
function steps(): { name: string; text: string }[] {
  const workflow = readFileSync('.github/workflows/ci.yml', 'utf8');
  return workflow
    .slice(workflow.indexOf('    steps:\n'))
    .split(/^ {6}- /m)
    .slice(1)
    .map((text) => ({
      name: /^(?:name|uses|run): (.+)$/m.exec(text)?.[1]?.trim() ?? '',
      text: text.replace(/^ *#.*$/gm, ''),
    }));
}
const condition = (text: string) => /^\s*if: (.+)$/m.exec(text)?.[1] ?? '';

describe('the CI workflow', () => {
  it('runs the changelog checks of a pull request whether or not validate passed', () => {
    const all = steps();
    const validate = all.findIndex((s) => /run: npm run validate$/m.test(s.text));
    expect(all[validate]?.text).toMatch(/^\s*id: validate$/m);
    for (const script of ['check:removed', 'check:version']) {
      const index = all.findIndex((s) => s.text.includes(`npm run ${script} `));
      expect(index, script).toBeGreaterThan(validate);
      const when = condition(all[index]!.text);
      // Not after a cancelled run or a failed install, and only for pull requests (they compare with the target).
      expect(when, script).toContain('!cancelled()');
      expect(when, script).toContain("steps.install.outcome == 'success'");
      expect(when, script).toContain("github.event_name == 'pull_request'");
      expect(all[index]!.text, script).not.toContain('continue-on-error');
    }
  });

  it('runs npm test once the data is valid, whatever the changelog checks found, and hides no failure', () => {
    const all = steps();
    const test = all.find((s) => /run: npm test$/m.test(s.text));
    expect(condition(test!.text)).toBe("${{ !cancelled() && steps.validate.outcome == 'success' }}");
    // A failed step fails the job: none may be let off.
    for (const step of all) expect(step.text, step.name).not.toContain('continue-on-error');
  });
});
