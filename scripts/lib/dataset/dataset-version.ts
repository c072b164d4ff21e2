import { readFileSync } from 'node:fs';

/**
 * The dataset version is the newest heading of data/CHANGELOG.md ("## 2026.11.27" or "## [1.2.0] – …"),
 * so that editors bump it where they describe the change and nowhere else.
 */
export function datasetVersion(changelogPath: string): string {
  let text: string;
  try {
    text = readFileSync(changelogPath, 'utf8');
  } catch {
    return 'unversioned';
  }
  const m = /^##\s+\[?([0-9][0-9A-Za-z.+-]*)\]?/m.exec(text);
  return m?.[1] ?? 'unversioned';
}
