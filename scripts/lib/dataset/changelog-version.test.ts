import { describe, expect, it } from 'vitest';
import {
  changelogHeadings,
  compareVersions,
  dayAfter,
  parseVersion,
  versionMeant,
} from './changelog-version.ts';

describe('parseVersion', () => {
  it('reads the versions the changelog writes, a real day and a release of it from the second on', () => {
    expect(parseVersion('2026.11.28')).toEqual({ day: '2026-11-28', release: 1 });
    expect(parseVersion('2026.11.28.12')).toEqual({ day: '2026-11-28', release: 12 });
    for (const text of ['2026-11-28', '2026.11.28.1', '2026.11.28.0', '2026.02.30', '2026.1.5', 'Unreleased'])
      expect(parseVersion(text), text).toBeUndefined();
  });

  it('orders by day, then by release', () => {
    const v = (text: string) => parseVersion(text)!;
    expect(compareVersions(v('2026.11.28.6'), v('2026.11.28.5'))).toBeGreaterThan(0);
    expect(compareVersions(v('2026.11.28'), v('2026.11.28.2'))).toBeLessThan(0);
    expect(compareVersions(v('2025.12.31.9'), v('2026.01.01'))).toBeLessThan(0);
  });
});

describe('versionMeant', () => {
  it('gives the version a date written another way means', () => {
    expect(versionMeant('2026-11-29')).toBe('2026.11.29');
    expect(versionMeant('2026/1/5')).toBe('2026.01.05');
    expect(versionMeant('2026-11-29-2')).toBe('2026.11.29.2');
    expect(versionMeant('2026.11.29.1')).toBe('2026.11.29');
    expect(versionMeant('[2026.11.29]')).toBe('2026.11.29');
    expect(versionMeant('2026-02-30')).toBeUndefined();
    expect(versionMeant('Unreleased')).toBeUndefined();
  });
});

it('changelogHeadings lists the "## " headings with their lines, newest first', () => {
  expect(changelogHeadings('# Changelog\n\n## Unreleased\r\n\n- x\n## 2026.11.28\n### Not one\n')).toEqual([
    { text: 'Unreleased', line: 3 },
    { text: '2026.11.28', line: 6 },
  ]);
});

it('dayAfter crosses months and years', () => {
  expect(dayAfter('2026-02-28')).toBe('2026-03-01');
  expect(dayAfter('2026-12-31')).toBe('2027-01-01');
});
