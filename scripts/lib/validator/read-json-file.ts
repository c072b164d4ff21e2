import { readFileSync, statSync } from 'node:fs';
import { error, type Problem } from './problem.ts';

export const MAX_FILE_BYTES = 256 * 1024;

export type ReadResult = { ok: true; value: unknown; text: string } | { ok: false; problem: Problem };

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

function parseErrorOffset(message: string, text: string): number {
  const m = /at position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  return text.length;
}

/** Reads and parses one JSON file, turning every way it can be broken into one clear problem. */
export function readJsonFile(path: string, displayPath: string): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    return { ok: false, problem: error(displayPath, '', `cannot be read (${(e as Error).message})`) };
  }
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: error(
        displayPath,
        '',
        `is ${size} bytes; an event file must be under ${MAX_FILE_BYTES} bytes`,
      ),
    };
  }
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') {
    return {
      ok: false,
      problem: error(displayPath, '', 'is empty: it must hold one JSON object describing an event'),
    };
  }
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
    if (e instanceof RangeError) {
      return { ok: false, problem: error(displayPath, '', 'is nested too deeply to be an event file') };
    }
    const { line, column } = lineAndColumn(text, parseErrorOffset(message, text));
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return {
      ok: false,
      problem: {
        ...error(displayPath, '', `is not valid JSON at line ${line}, column ${column}: ${reason}`),
        line,
        column,
      },
    };
  }
}
