import { describe, expect, it } from 'vitest';
import { changelogStep } from './changelog-step.ts';

const changelog = (...versions: string[]) =>
  `# Dataset changelog\n\n${versions.map((v) => `## ${v}\n\n- A change.\n`).join('\n')}`;
const input = {
  id: '2026-11-20-sample-talks',
  file: 'data/CHANGELOG.md',
  changelog: changelog('2026.11.27', '2026.11.20'),
  baseNewest: { heading: '2026.11.27' },
  today: '2026-11-28',
};

describe('changelogStep', () => {
  it('asks for a new dated heading when the branch has not added one', () => {
    expect(changelogStep(input)).toBe(
      'Add the heading "## 2026.11.28" above "## 2026.11.27" in data/CHANGELOG.md, and under it the line "- Added 2026-11-20-sample-talks.".',
    );
    // Today's release is out already on the branch the change goes into: the next of the day.
    const released = {
      changelog: changelog('2026.11.28', '2026.11.20'),
      baseNewest: { heading: '2026.11.28' },
    };
    expect(changelogStep({ ...input, ...released })).toContain(
      'Add the heading "## 2026.11.28.2" above "## 2026.11.28"',
    );
  });

  it('asks for a line under the heading that the branch added', () => {
    expect(changelogStep({ ...input, changelog: changelog('2026.11.28', '2026.11.27') })).toBe(
      'Add the line "- Added 2026-11-20-sample-talks." under the newest heading of data/CHANGELOG.md, "## 2026.11.28", which this branch added.',
    );
  });

  it('says how to tell when the branch the change goes into is not known', () => {
    expect(changelogStep({ ...input, baseNewest: undefined })).toContain(
      '; if this branch added "## 2026.11.27" itself, add the line under it instead',
    );
  });

  it('asks for a first heading in a changelog without one', () => {
    expect(changelogStep({ ...input, changelog: undefined })).toBe(
      'Add the heading "## 2026.11.28" (the date of the change) at the top of data/CHANGELOG.md, and under it the line "- Added 2026-11-20-sample-talks.".',
    );
  });
});
