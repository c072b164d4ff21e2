import { readFileSync, statSync } from 'node:fs';
import jsonSourceMap from 'json-source-map';
import { blankInvisible, error, type Problem } from './problem.ts';
import { restoreHint } from './restore-hint.ts';

export const MAX_FILE_BYTES = 256 * 1024;

export type ReadResult = { ok: true; value: unknown; text: string } | { ok: false; problem: Problem };

/**
 * What the file is, for the messages that say what it should hold and how to get it back: an event file
 * by default; the vocabulary and the schemas are read with the same checks but are not events.
 */
export interface FileRole {
  /** "an event file", as in "is nested too deeply to be an event file". */
  name: string;
  /** What an empty file should hold instead. */
  holds: string;
  /** What to do when the file is missing or cannot be read. */
  restore: string;
}

export const EVENT_FILE: FileRole = {
  name: 'an event file',
  holds: 'one JSON object describing an event',
  // Listed a moment before: it went while the check ran.
  restore: 'it was moved or deleted while being checked: run the check again',
};

/** The role of the file at `path` that the validator needs (the vocabulary, a schema), with how to restore it. */
export function neededFile(name: string, holds: string, path: string): FileRole {
  return {
    name,
    holds,
    // Worked out only for a message: it asks git.
    get restore() {
      return restoreHint(path);
    },
  };
}

/** Reads a data folder's vocabulary.json, shown as `shown` in messages: the validator and new-event both need it. */
export function readVocabularyFile(vocabularyPath: string, shown: string): ReadResult {
  return readJsonFile(
    vocabularyPath,
    shown,
    neededFile(
      'the vocabulary',
      'one JSON object with the "parties" and "tracks" events use',
      vocabularyPath,
    ),
  );
}

/**
 * Why a file cannot be read, in words: Node's own message is a code and a system call
 * ("ENOENT: no such file or directory, stat '/abs/path'").
 */
function unreadable(e: unknown, role: FileRole): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `is missing: ${role.restore}`;
    case 'ENOTDIR':
      return `cannot be reached: a folder on its path is a file: ${role.restore}`;
    case 'EISDIR':
      return `is a folder: it must be a file holding ${role.holds}`;
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied: make it readable (chmod a+r)';
    case 'ELOOP':
      return 'is a symbolic link that leads back to itself: replace it with the file itself';
    default:
      return `cannot be read (${code ?? (e as Error).message}): check that it is a readable file`;
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// Fatal, so that bytes in another encoding are an error rather than U+FFFD on the site; the byte-order mark is
// kept so that it can be reported.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) return i;
    // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < (k === 1 ? low : 0x80) || b > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** 1-based line and column (in characters, as lineAndColumn counts them) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(10, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 10) line++;
  return { line, column: utf8.decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/**
 * Where JSON.parse stopped. For an unexpected token V8 gives no position ("Unexpected token '“', "…" is not
 * valid JSON"); json-source-map's parser stops at the same token and says where.
 */
function parseErrorOffset(message: string, text: string): number {
  const m = /at position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  if (!message.includes('end of JSON input')) {
    try {
      jsonSourceMap.parse(text);
    } catch (e) {
      const at = /at position (\d+)/.exec((e as Error).message);
      if (at) return Number(at[1]);
    }
  }
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  return text.length;
}

/** The last character before `offset` that is not white space, and where it is. */
function previousToken(text: string, offset: number): { char: string; at: number } | undefined {
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text[at]!)) at--;
  return at >= 0 ? { char: text[at]!, at } : undefined;
}

/**
 * The common slips, said as what to type: V8's words for them ("Expected double-quoted property name")
 * describe the parser's state, not the editor's mistake, and a trailing comma is reported at the bracket
 * after it rather than at the comma itself.
 */
function commonSlip(
  message: string,
  text: string,
  offset: number,
  role: FileRole,
): { offset: number; reason: string } | undefined {
  const char = text[offset];
  const before = previousToken(text, offset);
  // A curly quote where a key or a text begins, as a word processor or a chat app types it: V8 says it expected
  // a "double-quoted property name", which it was, to the eye.
  if (char !== undefined && CURLY_QUOTES.includes(char))
    return { offset, reason: `curly quote ${char}: use straight double quotes (")` };
  const curly = curlyClose(message, text, offset);
  if (curly) return curly;
  // V8 names what it expected there instead ("Expected double-quoted property name").
  if (text.startsWith('//', offset) || text.startsWith('/*', offset) || char === '#')
    return { offset, reason: 'JSON has no comments: remove the comment' };
  if ((char === '}' || char === ']') && before?.char === ',')
    return { offset: before.at, reason: 'a comma after the last item: remove it' };
  // V8: "Expected double-quoted property name" or "Unexpected token ','".
  if (char === ',' && before?.char === ',') return { offset, reason: 'two commas in a row: remove one' };
  if (char === ',' && (before?.char === '[' || before?.char === '{'))
    return { offset, reason: 'a comma before the first item: remove it' };
  const closer = strayCloser(message, text, offset, role, before);
  if (closer) return closer;
  if (char === "'") return { offset, reason: `single quote ': use straight double quotes (")` };
  if (message.startsWith('Unexpected non-whitespace character after JSON'))
    return {
      offset,
      reason:
        role === EVENT_FILE
          ? "text after the event's closing }: a file holds one event; delete what follows"
          : 'text after the closing }: the file holds one JSON object; delete what follows',
    };
  if (text.slice(offset).trim() === '')
    return { offset, reason: 'the file ends too soon: a closing ", ] or } is missing' };
  const closedEarly = quoteInsideText(message, text, offset, before);
  if (closedEarly) return closedEarly;
  if (
    /^Expected ',' or '[}\]]' after/.test(message) &&
    text.lastIndexOf('\n', offset - 1) > (before?.at ?? -1)
  )
    return { offset, reason: 'a comma is missing before this: add one at the end of the line above' };
  if (message.startsWith('No number after minus sign')) {
    const word = /^-[A-Za-z]+/.exec(text.slice(offset - 1))?.[0];
    const reason = word === undefined ? undefined : notJsonValue(word);
    if (reason) return { offset: offset - 1, reason };
  }
  const reason = slipInside(message, text, offset, before?.char);
  return reason === undefined ? undefined : { offset, reason };
}

const CURLY_QUOTES = '“”„‘’«»';

/**
 * A } or ] with nothing open to close, or closing the other kind: V8 says what it expected ("Expected ',' or
 * '}' after property value"), or that text follows the end, where the fix is one bracket.
 */
function strayCloser(
  message: string,
  text: string,
  offset: number,
  role: FileRole,
  before: { char: string; at: number } | undefined,
): { offset: number; reason: string } | undefined {
  const char = text[offset];
  const whole = role === EVENT_FILE ? 'event' : 'object';
  if ((char === '}' || char === ']') && before === undefined)
    return { offset, reason: `a ${char} before the ${whole}'s opening {: remove it` };
  if (message.startsWith('Unexpected non-whitespace character after JSON')) {
    const rest = text.slice(offset).trim();
    if (/^[}\]]+$/.test(rest))
      return {
        offset,
        reason: rest.length === 1 ? `a ${rest} too many: remove it` : `${rest} too many: remove them`,
      };
    // Fields after the end: the } before them closed the event early.
    if (before?.char === '}' && /^,?\s*"[^"\n]*"\s*:/.test(rest))
      return {
        offset: before.at,
        reason: `this } closes the ${whole}, but more fields follow: it is one } too many, remove it`,
      };
    return undefined;
  }
  if (char === ']' && /^Expected ',' or '\}' after property value/.test(message))
    return {
      offset,
      reason:
        'a ] where the object { … } needs a comma or its }: remove the ] if it is one too many, or write } if the object ends here',
    };
  if (char === '}' && /^Expected ',' or '\]' after array element/.test(message))
    return {
      offset,
      reason:
        'a } where the list [ … ] needs a comma or its ]: add ] before it if the list ends here, or remove the } if it is one too many',
    };
  return undefined;
}

/**
 * A straight " inside a text ("Lavrov called the talks "useful".") ends the text where the editor meant a quote
 * mark: V8 then stops at the next word and expects a comma. Said at the quote that ended the text early, with
 * how to write a quote mark inside text. Only when the word after it is on the same line, so that a comma
 * missing at the end of a line keeps its own advice.
 */
function quoteInsideText(
  message: string,
  text: string,
  offset: number,
  before: { char: string; at: number } | undefined,
): { offset: number; reason: string } | undefined {
  if (!/^Expected ',' or '[}\]]' after (property value|array element)/.test(message)) return undefined;
  if (before?.char !== '"' || text.slice(before.at, offset).includes('\n')) return undefined;
  const char = text[offset] ?? '';
  const fix = 'to quote words inside a text, write \\" (a backslash, then the quote) or use curly quotes “ ”';
  if (char === '"')
    return {
      offset,
      reason: `a comma is missing before this; or, inside a text, the " before it ends the text too early: ${fix}`,
    };
  if (/[\s{}[\],:]/.test(char)) return undefined;
  return { offset: before.at, reason: `this " ends the text too early: ${fix}` };
}

/**
 * "meeting”, with a curly quote where the text should end: the text runs on to the end of the line, where V8
 * finds a line break inside it. Said at the curly quote.
 */
function curlyClose(
  message: string,
  text: string,
  offset: number,
): { offset: number; reason: string } | undefined {
  if (!message.startsWith('Bad control character in string literal')) return undefined;
  if (text[offset] !== '\n' && text[offset] !== '\r') return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const from = text.lastIndexOf('"', offset - 1) + 1;
  for (let i = offset - 1; i >= Math.max(from, lineStart); i--)
    if (CURLY_QUOTES.includes(text[i]!))
      return {
        offset: i,
        reason: `curly quote ${text[i]} where the text should end: use a straight double quote (")`,
      };
  return undefined;
}

const CONTROL_NAMES: Record<string, [string, string]> = {
  '\t': ['a tab', '\\t'],
  '\n': ['a line break', '\\n'],
  '\r': ['a carriage return', '\\r'],
};

/** Slips within a field (its key, its string or its number), said where V8 stops. */
function slipInside(
  message: string,
  text: string,
  offset: number,
  before: string | undefined,
): string | undefined {
  const char = text[offset] ?? '';
  if (message.startsWith('Bad control character in string literal')) {
    const named = CONTROL_NAMES[char];
    if (named) return `${named[0]} inside a string: write ${named[1]}, or remove it`;
    const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `an invisible control character (${code}) inside a string: remove it`;
  }
  if (message.startsWith('Bad escaped character')) {
    // Blanked: a tab or line break after the backslash would break the line of the message.
    return `\\${blankInvisible(String.fromCodePoint(text.codePointAt(offset) ?? 32))} is not an escape: only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX are allowed; write \\\\ for a backslash`;
  }
  if (message.startsWith('Bad Unicode escape'))
    return '\\u must be followed by four hexadecimal digits, as in \\u00e9';
  if (message.startsWith("Expected ':' after property name")) return 'put a : between the key and its value';
  // V8 stops at the digit after a leading 0 ("012"); a 0 on its own, or in 10 or 0.5, is fine.
  if (message.startsWith('Unexpected number')) {
    const number = /-?0\d+/.exec(text.slice(Math.max(0, offset - 2), offset + 20))?.[0];
    if (number !== undefined && text[offset - 1] === '0')
      return `a number cannot begin with 0: write ${number.replace(/^(-?)0+(?=\d)/, '$1')}`;
  }
  if ((char === ',' || char === '}' || char === ']') && before === ':')
    return 'the value is missing after the colon: write one, or remove the key';
  if (/^Expected (double-quoted property name|property name or '\}')/.test(message)) {
    const word = /^[A-Za-z_$][\w$-]*/.exec(text.slice(offset))?.[0];
    if (word !== undefined) return `a key must be in straight double quotes: write "${word}"`;
  }
  return undefined;
}

/**
 * A word that JavaScript or Python writes as a value but JSON has not: NaN and Infinity are not numbers in
 * JSON, undefined and None not values, and true, false and null are written in lower case.
 */
function notJsonValue(word: string): string | undefined {
  if (/^-?(NaN|Infinity)$/.test(word))
    return `${word} is not a number in JSON: write the figure in digits (e.g. 207), or leave the field out if it is unknown`;
  if (word === 'undefined' || word === 'None')
    return `${word} is not a value in JSON: leave the field out if it has no value`;
  const lower = word.toLowerCase();
  if (word !== lower && (lower === 'true' || lower === 'false' || lower === 'null'))
    return `JSON writes ${lower} in lower case (got ${word}): write ${lower}`;
  return undefined;
}

/** Where and what the syntax error is, without V8's copy of the text, saying what to type for common slips. */
function parseError(message: string, text: string, role: FileRole): { offset: number; reason: string } {
  const offset = parseErrorOffset(message, text);
  const slip = commonSlip(message, text, offset, role);
  if (slip) return slip;
  const token = /^Unexpected token '(.+?)', .*is not valid JSON$/s.exec(message)?.[1];
  if (token === undefined) {
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return { offset, reason };
  }
  if (token.length === 1 && CURLY_QUOTES.includes(token))
    return { offset, reason: `curly quote ${token}: use straight double quotes (")` };
  if (token === '/') return { offset, reason: 'JSON has no comments: remove the comment' };
  if (/^[A-Za-z]$/.test(token)) {
    // An unquoted word ("negotiation-round" read as a broken "null"): point at the start of the word.
    let start = offset;
    while (start > 0 && /[\w-]/.test(text[start - 1]!)) start--;
    const word = /^[\w-]+/.exec(text.slice(start))?.[0] ?? '';
    return { offset: start, reason: notJsonValue(word) ?? 'text must be in straight double quotes' };
  }
  return { offset, reason: `unexpected ${token}` };
}

/** Reads and parses one JSON file, turning every way it can be broken into one clear problem. */
export function readJsonFile(path: string, displayPath: string, role: FileRole = EVENT_FILE): ReadResult {
  const fail = (message: string): ReadResult => ({ ok: false, problem: error(displayPath, '', message) });
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail(unreadable({ code: 'EISDIR' }, role));
    // A named pipe or a device would be read until it ends, which may be never.
    if (!stat.isFile())
      return fail(`is not a regular file (a pipe or a device): it must be a file holding ${role.holds}`);
    const size = stat.size;
    if (size > MAX_FILE_BYTES) {
      return fail(
        role === EVENT_FILE
          ? `is ${size} bytes; an event file must be under ${MAX_FILE_BYTES} bytes: keep one event in it, and cut any pasted article text`
          : `is ${size} bytes, more than the ${MAX_FILE_BYTES} bytes ${role.name} can be: ${role.restore}`,
      );
    }
    bytes = readFileSync(path);
  } catch (e) {
    return fail(unreadable(e, role));
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const { line, column } = bytePosition(bytes, firstInvalidUtf8Byte(bytes));
    return {
      ok: false,
      problem: {
        ...error(displayPath, '', 'is not valid UTF-8: save the file as UTF-8'),
        line,
        column,
      },
    };
  }
  if (text.trim() === '') return fail(`is empty: it must hold ${role.holds}`);
  if (text.charCodeAt(0) === 0xfeff) {
    return {
      ok: false,
      problem: {
        ...error(displayPath, '', 'starts with a byte-order mark: save it as UTF-8 without BOM'),
        line: 1,
        column: 1,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (e) {
    const message = (e as Error).message;
    if (e instanceof RangeError) return fail(`is nested too deeply to be ${role.name}`);
    const { offset, reason } = parseError(message, text, role);
    const { line, column } = lineAndColumn(text, offset);
    return {
      ok: false,
      problem: {
        ...error(displayPath, '', `is not valid JSON: ${reason}`),
        line,
        column,
      },
    };
  }
}
