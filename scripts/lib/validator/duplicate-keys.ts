import { error, escapePointerSegment, quote, type Problem } from './problem.ts';
import { lineAndColumn } from './read-json-file.ts';

interface Frame {
  /** Offset of each key seen so far in this object; null for an array. */
  keys: Map<string, number> | null;
  /** The key or index of the value being read, for the pointer of what lies inside it. */
  segment: string | number;
}

interface Repeat {
  pointer: string;
  key: string;
  offsets: number[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Offset of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

function countWord(n: number): string {
  return n === 2 ? 'twice' : `${n} times`;
}

/** "lines 5 and 7", "lines 5, 7 and 9", or "line 1" for a file written on one line. */
function listLines(all: number[]): string {
  const lines = [...new Set(all)];
  if (lines.length === 1) return `line ${lines[0]}`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
}

/**
 * Keys written more than once in one object, at any depth. JSON.parse keeps the last silently, so the
 * parsed value cannot show them: this reads the text, which must already be valid JSON.
 */
export function duplicateKeys(file: string, text: string): Problem[] {
  const stack: Frame[] = [];
  const repeats = new Map<string, Repeat>();
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Indentation and line ends are most of what lies outside strings.
    if (c === 0x20 || c === 0x0a) continue;
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const frame = stack.at(-1)!;
        const first = frame.keys!.get(key);
        if (first === undefined) frame.keys!.set(key, i);
        else {
          const pointer = [...stack.slice(0, -1).map((f) => f.segment), key]
            .map((s) => `/${escapePointerSegment(s)}`)
            .join('');
          const repeat = repeats.get(pointer);
          if (repeat) repeat.offsets.push(i);
          else repeats.set(pointer, { pointer, key, offsets: [first, i] });
        }
        frame.segment = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      stack.push({ keys: new Map(), segment: '' });
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ keys: null, segment: 0 });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const frame = stack.at(-1)!;
      if (frame.keys) expectKey = true;
      else frame.segment = (frame.segment as number) + 1;
    }
  }
  return [...repeats.values()].map(({ pointer, key, offsets }) => {
    const positions = offsets.map((o) => lineAndColumn(text, o));
    const last = positions.at(-1)!;
    return {
      ...error(
        file,
        pointer,
        `${quote(key)} appears ${countWord(offsets.length)} in this object (${listLines(positions.map((p) => p.line))}): JSON keeps only the last one; keep one`,
      ),
      line: last.line,
      column: last.column,
    };
  });
}
