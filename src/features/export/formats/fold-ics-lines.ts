/**
 * RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break; longer
 * ones are folded with CRLF and one space. Folding counts octets, not characters (a line of Cyrillic or
 * Turkish text at 75 characters reaches 150 octets), and folds between characters (never inside a UTF-8
 * sequence), so that unfolding gives back exactly the same text.
 */
const LIMIT = 75;
const FOLD = '\r\n ';

/** One content line folded at 75 octets. */
export function foldIcsLine(line: string): string {
  // No UTF-16 unit is more than 3 octets (a surrogate pair is 4 for two): a short line needs no fold.
  if (line.length * 3 <= LIMIT) return line;
  let folded = '';
  let start = 0;
  let octets = 0;
  let limit = LIMIT;
  for (let i = 0; i < line.length;) {
    const unit = line.charCodeAt(i);
    // A surrogate pair is one character of 4 octets; a lone surrogate counts as 3, as U+D800–DFFF would.
    const pair = unit >= 0xd800 && unit <= 0xdbff && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const n = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + n > limit) {
      folded += line.slice(start, i) + FOLD;
      start = i;
      octets = 0;
      limit = LIMIT - 1; // the space that starts a continuation line counts
    }
    octets += n;
    i += pair ? 2 : 1;
  }
  return folded + line.slice(start);
}
