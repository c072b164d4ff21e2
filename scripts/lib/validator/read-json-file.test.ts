import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from './format-problems.ts';
import { firstInvalidUtf8Byte, readJsonFile } from './read-json-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'dt-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(content: string | Uint8Array) {
  const path = join(dir, 'x.json');
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

describe('the slips an editor makes most often', () => {
  it('a comma after the last field or item points at the comma and says to remove it', () => {
    expect(read('{\n  "id": "x",\n  "kind": "call",\n}')).toBe(
      'x.json: is not valid JSON at line 3, column 17: a comma after the last item: remove it',
    );
    expect(read('{\n  "tags": [\n    "a",\n  ]\n}')).toBe(
      'x.json: is not valid JSON at line 3, column 8: a comma after the last item: remove it',
    );
  });

  it('a single quote asks for double quotes', () => {
    expect(read('{\n  \'id\': "x"\n}')).toBe(
      'x.json: is not valid JSON at line 2, column 3: single quote \': use straight double quotes (")',
    );
    expect(read('{\n  "id": \'x\'\n}')).toBe(
      'x.json: is not valid JSON at line 2, column 9: single quote \': use straight double quotes (")',
    );
  });

  it('a missing comma between fields says where to add it', () => {
    expect(read('{\n  "id": "x"\n  "kind": "call"\n}')).toBe(
      'x.json: is not valid JSON at line 3, column 3: a comma is missing before this: add one at the end of the line above',
    );
  });

  it('text after the closing brace says the file holds one event', () => {
    expect(read('{"id": "x"}\n{"id": "y"}')).toBe(
      "x.json: is not valid JSON at line 2, column 1: text after the event's closing }: a file holds one event; delete what follows",
    );
  });

  it('a file that stops too soon says what is missing', () => {
    expect(read('{\n  "id": "x",\n  "tags": ["a"')).toBe(
      'x.json: is not valid JSON at line 3, column 15: the file ends too soon: a closing ", ] or } is missing',
    );
  });
});
