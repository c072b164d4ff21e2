import { error, escapePointerSegment, INVISIBLE_CHARACTERS, quote, type Problem } from '../problem.ts';
import type { Linter } from '../linter.ts';

// A tag, a comment, a doctype or an entity: anything a browser would read as markup rather than text.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>?|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
// No field is shown on several lines, so a line break counts as invisible too.
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`);
/**
 * Markdown the site would show as typed: a link or an image, bold, code, a heading, or emphasis with stars.
 * A single * or _ elsewhere ("5 * 3", "file_name") is left alone, as are brackets without an address after them.
 */
const MARKDOWN: [RegExp, string][] = [
  [/!?\[([^\]\n]+)\]\(([^)\s]+)\)/, 'link'],
  [/\*\*[^*\n]+\*\*|__[^_\n]+__/, 'bold'],
  [/`[^`\n]+`/, 'code'],
  [/^#{1,6}\s+\p{L}[^\n]{0,20}/u, 'heading'],
  [/(^|\s)\*[^*\s][^*\n]*[^*\s]\*(?=$|[\s.,;:!?])/, 'emphasis'],
];
// Every character the checks below can start with: most text has none, and one quick test clears it.
const SUSPECT = new RegExp(`[<&[*_\`#${INVISIBLE_CHARACTERS}]`);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 32;
// Addresses have a rule of their own (http-urls and the schema's "uri" format), which says how to fix them.
const URL_FIELD =
  /^\/sources\/\d+\/(url|archiveUrl)$|^\/statusChange\/source$|^\/discrepancies\/\d+\/accounts\/\d+\/source$/;

function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

// The invisible characters an editor would not know by their code alone.
const INVISIBLE_NAMES: Record<string, string> = {
  '\u00ad': 'a soft hyphen',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
  '\u061c': 'an Arabic letter mark',
};

// A space the reader cannot see at either end; invisible characters there have a message of their own.
const isEdgeSpace = (char: string | undefined) =>
  char !== undefined && /\s/.test(char) && !INVISIBLE.test(char);

/** What is wrong with one text value, as the messages say it; none for plain text. */
export function plainTextMessages(text: string): string[] {
  // Spaces enough pass the schema's minimum length, and would show as an empty title or summary.
  if (text !== '' && text.trim() === '') return ['is blank: write the text'];
  const messages: string[] = [];
  if (isEdgeSpace(text[0]) || isEdgeSpace(text.at(-1)))
    messages.push('has a space at the start or end: trim it');
  // Half of a character written as two UTF-16 units ("\ud83d" alone): the site shows it as �.
  const half = LONE_SURROGATE.exec(text)?.[0];
  if (half !== undefined)
    messages.push(
      `contains half of a character (${codePoint(half)}, a lone surrogate): write the whole character or delete it`,
    );
  if (!SUSPECT.test(text)) return messages;
  const m = MARKUP.exec(text);
  if (m) messages.push(`must be plain text: remove the markup ${quote(m[0], 40)}`);
  else {
    const markdown = markdownMessage(text);
    if (markdown) messages.push(markdown);
  }
  const invisible = INVISIBLE.exec(text)?.[0];
  if (invisible === '\n' || invisible === '\r')
    messages.push(`contains a line break (${codePoint(invisible)}): keep it on one line`);
  else if (invisible !== undefined) {
    const name = INVISIBLE_NAMES[invisible];
    messages.push(
      `contains the invisible character ${codePoint(invisible)}${name ? ` (${name})` : ''}: delete it`,
    );
  }
  return messages;
}

/** What to do about Markdown in a text, which the site would show as typed: the first piece found. */
function markdownMessage(text: string): string | undefined {
  for (const [pattern, kind] of MARKDOWN) {
    const m = pattern.exec(text);
    if (!m) continue;
    const found = quote(m[0].trim(), 60);
    if (kind === 'link')
      return `must be plain text, not Markdown: the site would show the link ${found} as typed; write only the words (${quote(m[1], 40)}), and cite the page in "sources"`;
    return `must be plain text, not Markdown: the site would show the ${kind} ${found} as typed, marks and all; remove the marks`;
  }
  return undefined;
}

function findMarkup(file: string, root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: [unknown, string, number][] = [[root, '', 0]];
  while (stack.length > 0) {
    const [node, pointer, depth] = stack.pop()!;
    if (typeof node === 'string') {
      if (URL_FIELD.test(pointer)) continue;
      for (const message of plainTextMessages(node)) problems.push(error(file, pointer, message));
    } else if (node !== null && typeof node === 'object' && depth < MAX_DEPTH) {
      for (const [key, child] of Object.entries(node)) {
        // "$schema" is a path for editors, never shown to readers.
        if (pointer === '' && key === '$schema') continue;
        stack.push([child, `${pointer}/${escapePointerSegment(key)}`, depth + 1]);
      }
    }
  }
  return problems.reverse();
}

export const plainText: Linter = {
  name: 'plain-text',
  description:
    'No HTML, Markdown, markup or character entities, control characters, direction controls and marks, zero-width spaces or soft hyphens in any text field, and none blank or with spaces at its ends.',
  // The parsed file, whatever it holds: every file is checked, broken or not.
  reads: [],
  check: (context) => context.files.flatMap((f) => findMarkup(f.file, f.value)),
};
