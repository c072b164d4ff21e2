/**
 * The dataset's versions as data/CHANGELOG.md writes them: "## 2026.11.28" for the first release of a day,
 * "## 2026.11.28.2", ".3"… for the next ones of that day. Newest first.
 */

/** A "## " heading of the changelog: its text after "## ", and its 1-based line. */
export interface ChangelogHeading {
  text: string;
  line: number;
}

/** Every "## " heading of a changelog, in the order written (newest first). */
export function changelogHeadings(changelog: string): ChangelogHeading[] {
  const headings: ChangelogHeading[] = [];
  changelog.split(/\r?\n/).forEach((line, i) => {
    if (line.startsWith('## ')) headings.push({ text: line.slice(3).trim(), line: i + 1 });
  });
  return headings;
}

export interface Version {
  /** "2026-11-28" */
  day: string;
  /** 1 for the day's first release ("2026.11.28"), 2 for "2026.11.28.2"… */
  release: number;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The version a heading's text is, or undefined when it is not one written as the changelog writes them. */
export function parseVersion(text: string): Version | undefined {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})(?:\.([2-9]|[1-9]\d+))?$/.exec(text);
  if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return { day: `${m[1]}-${m[2]}-${m[3]}`, release: Number(m[4] ?? '1') };
}

export function formatVersion(v: Version): string {
  const day = v.day.replaceAll('-', '.');
  return v.release === 1 ? day : `${day}.${v.release}`;
}

/** Negative when a is older than b, positive when newer, 0 when the same. */
export function compareVersions(a: Version, b: Version): number {
  return a.day.localeCompare(b.day) || a.release - b.release;
}

/**
 * The version meant by a heading written in another form, where it can be told: "2026.11.29" for "2026-11-29",
 * "2026/11/29" or "2026.11.29.1"; "2026.11.29.2" for "2026-11-29-2". Undefined when it cannot.
 */
export function versionMeant(text: string): string | undefined {
  const m = /^\[?v?(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[-./](\d+))?\]?$/.exec(text.trim());
  if (!m) return undefined;
  const release = Number(m[4] ?? '1');
  const meant = parseVersion(
    `${m[1]}.${m[2]!.padStart(2, '0')}.${m[3]!.padStart(2, '0')}${release > 1 ? `.${release}` : ''}`,
  );
  return meant && release >= 1 ? formatVersion(meant) : undefined;
}

/** The day after a "YYYY-MM-DD" day. */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
