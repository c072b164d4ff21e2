/**
 * RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break; longer
 * ones are folded with CRLF and one space. The `ics` package (3.12) folds at 75 characters, so a line of
 * Cyrillic or Turkish text reaches 150 octets. This refolds its output by octets, between characters
 * (never inside a UTF-8 sequence), so that unfolding gives back exactly the same text.
 */
const LIMIT = 75;
const FOLD = '\r\n ';

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = LIMIT;
  for (const ch of line) {
    const n = utf8Octets(ch.codePointAt(0) ?? 0);
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = LIMIT - 1; // the space that starts a continuation line counts
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(FOLD);
}

/** Removes the folds in a CRLF-separated iCalendar text (CRLF followed by a space or a tab). */
export function unfoldIcsLines(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** Unfolds whatever folding the text has and folds every line again at 75 octets. */
export function foldIcsLines(text: string): string {
  return unfoldIcsLines(text).split('\r\n').map(foldLine).join('\r\n');
}
