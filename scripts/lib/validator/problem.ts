import { DIRECTION_CONTROL_CHARACTERS } from '../../../src/lib/text/invisible.ts';

/** A note is not a problem of its own: it says what else will be checked once the errors beside it are fixed. */
export type Severity = 'error' | 'warning' | 'note';

/** One finding about one file: the file, the field as a JSON pointer, and what to do about it. */
export interface Problem {
  file: string;
  /** JSON pointer of the field ("" for the whole file). */
  pointer: string;
  message: string;
  severity: Severity;
  /** 1-based line and column, when known (parse errors, or after locating the pointer). */
  line?: number;
  column?: number;
}

export function error(file: string, pointer: string, message: string): Problem {
  return { file, pointer, message, severity: 'error' };
}

export function warning(file: string, pointer: string, message: string): Problem {
  return { file, pointer, message, severity: 'warning' };
}

export function note(file: string, pointer: string, message: string): Problem {
  return { file, pointer, message, severity: 'note' };
}

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Characters a reader cannot see: controls (C0, DEL and C1, a line break included), the direction controls
 * (overrides and isolates, which reorder the text around them, and the marks of direction, which turn the
 * brackets and numbers beside them: the app leaves out a served event with any of them), and the zero-width space,
 * word joiner, zero-width no-break space (U+FEFF) and soft hyphen (U+00AD, shown only where a line breaks)
 * that come along with text pasted from web pages and split a word so that search no longer finds it. The
 * zero-width (non-)joiners are left alone: emoji and some scripts need them. The plain-text rule rejects these
 * in the data; messages blank them out.
 */
export const INVISIBLE_CHARACTERS = `\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b\\u2060\\ufeff${DIRECTION_CONTROL_CHARACTERS}`;
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'g');

/** The text with each invisible character blanked out, for a message. */
export function blankInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, ' ');
}

/** Quotes a value for a message, cut short so that a huge or hostile value cannot flood the output. Never throws. */
export function quote(value: unknown, max = 60): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // Nested too deeply to print (String() would recurse as deeply and throw too): show only its shape.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : '…';
  }
  // Control characters and bidirectional overrides would garble a terminal or a CI annotation.
  text = blankInvisible(text);
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
