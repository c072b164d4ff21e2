import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './format-problems.ts';
import { firstInvalidUtf8Byte, readJsonFile } from './read-json-file.ts';

function read(content: string | Uint8Array) {
  const path = join(mkdtempSync(join(tmpdir(), 'dt-read-')), 'x.json');
  writeFileSync(path, content);
  const result = readJsonFile(path, 'x.json');
  return result.ok ? 'ok' : formatProblem(result.problem);
}

describe('reading a file that is not UTF-8', () => {
  it('names the line and column of the first bad byte', () => {
    expect(read(Uint8Array.from([0xff, 0x7b, 0x7d]))).toBe(
      'x.json: is not valid UTF-8 at line 1, column 1: save the file as UTF-8',
    );
    // "ü" before the bad byte counts as one column.
    expect(read(Buffer.concat([Buffer.from('{\n "a": "ü'), Buffer.from([0xe9]), Buffer.from('"}')]))).toBe(
      'x.json: is not valid UTF-8 at line 2, column 9: save the file as UTF-8',
    );
  });

  it('finds overlong forms, surrogates and cut-off sequences', () => {
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xf0, 0x9f, 0x98]))).toBe(1);
    expect(firstInvalidUtf8Byte(Buffer.from('Dolmabahçe 🕊 Переговоры'))).toBe(-1);
  });

  it('agrees with the decoder on any bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true;
        try {
          decoder.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Byte(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a JSON syntax error without a position from JSON.parse', () => {
  it('is reported where it is, with what to type instead', () => {
    expect(read('// notes\n{"id": "x"}')).toBe(
      'x.json: is not valid JSON at line 1, column 1: JSON has no comments: remove the comment',
    );
    expect(read('{\n  "kind": negotiation-round,\n  "status": "held"\n}')).toBe(
      'x.json: is not valid JSON at line 2, column 11: text must be in straight double quotes',
    );
  });
});
