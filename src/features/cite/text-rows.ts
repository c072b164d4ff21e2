/** Rows that show all of a text at about `columns` characters a row, long lines wrapped, up to `max`. */
export function textRows(text: string, columns = 64, max = 12): number {
  const rows = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / columns)), 0);
  return Math.max(2, Math.min(max, rows));
}
