/**
 * The rows of a table of data:stats, in order: by label, numbers in labels compared as numbers ("2 sources"
 * before "11 sources"), or by count, largest first (ties by label).
 */
export function sortRows(counts: ReadonlyMap<string, number>, sort: 'key' | 'count'): [string, number][] {
  const byLabel = (a: string, b: string) =>
    a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
  return [...counts].sort(
    sort === 'key' ? (a, b) => byLabel(a[0], b[0]) : (a, b) => b[1] - a[1] || byLabel(a[0], b[0]),
  );
}

/** A table of data:stats as the lines it prints: its title, then one line per row. */
export function tableLines(
  title: string,
  counts: ReadonlyMap<string, number>,
  sort: 'key' | 'count' = 'key',
): string[] {
  const rows = sortRows(counts, sort);
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  return [title, ...rows.map(([k, n]) => `  ${k.padEnd(width)}  ${String(n).padStart(4)}`)];
}
