/** Test helper: removes the folds in a CRLF-separated iCalendar text (CRLF followed by a space or a tab). */
export function unfoldIcsLines(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** Test helper: the content lines of each VEVENT, unfolded, keyed by property name with its parameters ("DTSTART;VALUE=DATE"). */
export function vevents(text: string): Map<string, string>[] {
  const result: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of unfoldIcsLines(text).split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      result.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return result;
}

/** Test helper: RFC 5545 §3.3.11 TEXT, unescaped. */
export const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
