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
  return datasetVersionOf(text) ?? 'unversioned';
}

/** The version a changelog's text gives (its newest heading), or undefined when it has none. */
export function datasetVersionOf(changelog: string): string | undefined {
  return /^##\s+\[?([0-9][0-9A-Za-z.+-]*)\]?/m.exec(changelog)?.[1];
}
