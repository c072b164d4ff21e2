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
      'x.json:1:1: is not valid UTF-8: save the file as UTF-8',
    );
    // "ü" before the bad byte counts as one column.
    expect(read(Buffer.concat([Buffer.from('{\n "a": "ü'), Buffer.from([0xe9]), Buffer.from('"}')]))).toBe(
      'x.json:2:9: is not valid UTF-8: save the file as UTF-8',
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
      'x.json:1:1: is not valid JSON: JSON has no comments: remove the comment',
    );
    // Between fields and after a value, where an editor leaves a note, as well as before the event.
    expect(read('{\n  "id": "x",\n  // the second source is paywalled\n  "kind": "call"\n}')).toBe(
      'x.json:3:3: is not valid JSON: JSON has no comments: remove the comment',
    );
    expect(read('{\n  "id": "x", /* check */\n  "kind": "call"\n}')).toBe(
      'x.json:2:14: is not valid JSON: JSON has no comments: remove the comment',
    );
    expect(read('{\n  "id": "x" // check\n}')).toBe(
      'x.json:2:13: is not valid JSON: JSON has no comments: remove the comment',
    );
    expect(read('{\n  "kind": negotiation-round,\n  "status": "held"\n}')).toBe(
      'x.json:2:11: is not valid JSON: text must be in straight double quotes',
    );
  });
});

describe('the slips an editor makes most often', () => {
  it('a comma after the last field or item points at the comma and says to remove it', () => {
    expect(read('{\n  "id": "x",\n  "kind": "call",\n}')).toBe(
      'x.json:3:17: is not valid JSON: a comma after the last item: remove it',
    );
    expect(read('{\n  "tags": [\n    "a",\n  ]\n}')).toBe(
      'x.json:3:8: is not valid JSON: a comma after the last item: remove it',
    );
  });

  it('two commas in a row, or a comma before the first item, point at the comma to remove', () => {
    // As the auditor typed it: V8 says only "Expected double-quoted property name" or "Unexpected token ','".
    expect(read('{\n  "tracks": ["russia-ukraine",,\n    "us-russia"]\n}')).toBe(
      'x.json:2:31: is not valid JSON: two commas in a row: remove one',
    );
    expect(read('{\n  "id": "x",,\n  "kind": "call"\n}')).toBe(
      'x.json:2:13: is not valid JSON: two commas in a row: remove one',
    );
    // The second comma on a line of its own.
    expect(read('{\n  "id": "x",\n  ,\n  "kind": "call"\n}')).toBe(
      'x.json:3:3: is not valid JSON: two commas in a row: remove one',
    );
    expect(read('{\n  "tags": [, "a"]\n}')).toBe(
      'x.json:2:12: is not valid JSON: a comma before the first item: remove it',
    );
    expect(read('{ , "id": "x" }')).toBe(
      'x.json:1:3: is not valid JSON: a comma before the first item: remove it',
    );
  });

  it('a } or ] too many, or in place of the other, says which to remove or write', () => {
    // After the event's end: only brackets follow.
    expect(read('{\n  "id": "x"\n}\n}')).toBe('x.json:4:1: is not valid JSON: a } too many: remove it');
    // Closing the event early, before fields that follow: the } that closed it is one too many.
    expect(read('{\n  "a": {"b": 1}},\n  "c": 2\n}')).toBe(
      'x.json:2:16: is not valid JSON: this } closes the event, but more fields follow: it is one } too many, remove it',
    );
    expect(read('}{"id": "x"}')).toBe(
      "x.json:1:1: is not valid JSON: a } before the event's opening {: remove it",
    );
    expect(read('{\n  "tags": ["a"]]\n}')).toBe(
      'x.json:2:16: is not valid JSON: a ] where the object { … } needs a comma or its }: remove the ] if it is one too many, or write } if the object ends here',
    );
    expect(read('{\n  "tags": ["a", "b"}\n}')).toBe(
      'x.json:2:20: is not valid JSON: a } where the list [ … ] needs a comma or its ]: add ] before it if the list ends here, or remove the } if it is one too many',
    );
  });

  it('a # comment, as YAML or Python write one, says JSON has no comments', () => {
    expect(read('{\n  # the second source is paywalled\n  "id": "x"\n}')).toBe(
      'x.json:2:3: is not valid JSON: JSON has no comments: remove the comment',
    );
  });

  it('a single quote asks for double quotes', () => {
    expect(read('{\n  \'id\': "x"\n}')).toBe(
      'x.json:2:3: is not valid JSON: single quote \': use straight double quotes (")',
    );
    expect(read('{\n  "id": \'x\'\n}')).toBe(
      'x.json:2:9: is not valid JSON: single quote \': use straight double quotes (")',
    );
  });

  it('curly quotes around a key or a text ask for straight ones, where they are', () => {
    // As the tester typed it: a key and its value between curly quotes.
    expect(read('{\n  "id": "x",\n  “kind”: “meeting”\n}')).toBe(
      'x.json:3:3: is not valid JSON: curly quote “: use straight double quotes (")',
    );
    expect(read('{\n  "id": "x",\n  "kind": “meeting”\n}')).toBe(
      'x.json:3:11: is not valid JSON: curly quote “: use straight double quotes (")',
    );
    // A text opened with a straight quote and closed with a curly one runs on to the end of the line.
    expect(read('{\n  "kind": "meeting”,\n  "status": "held"\n}')).toBe(
      'x.json:2:19: is not valid JSON: curly quote ” where the text should end: use a straight double quote (")',
    );
  });

  it('a straight quote inside a text is shown where it ends the text, with how to write one', () => {
    expect(read('{\n  "summary": "Lavrov called the talks "useful" and left.",\n  "a": 1\n}')).toBe(
      'x.json:2:39: is not valid JSON: this " ends the text too early: to quote words inside a text, write \\" (a backslash, then the quote) or use curly quotes “ ”',
    );
    expect(read('{\n  "tags": ["a" "b"]\n}')).toBe(
      'x.json:2:16: is not valid JSON: a comma is missing before this; or, inside a text, the " before it ends the text too early: to quote words inside a text, write \\" (a backslash, then the quote) or use curly quotes “ ”',
    );
    // Written as the advice says, it reads.
    expect(read('{\n  "summary": "Lavrov called the talks \\"useful\\" and left."\n}')).toBe('ok');
  });

  it('a missing comma between fields says where to add it', () => {
    expect(read('{\n  "id": "x"\n  "kind": "call"\n}')).toBe(
      'x.json:3:3: is not valid JSON: a comma is missing before this: add one at the end of the line above',
    );
  });

  it('text after the closing brace says the file holds one event', () => {
    expect(read('{"id": "x"}\n{"id": "y"}')).toBe(
      "x.json:2:1: is not valid JSON: text after the event's closing }: a file holds one event; delete what follows",
    );
  });

  it('a file that stops too soon says what is missing', () => {
    expect(read('{\n  "id": "x",\n  "tags": ["a"')).toBe(
      'x.json:3:15: is not valid JSON: the file ends too soon: a closing ", ] or } is missing',
    );
  });

  it('a tab, line break or other control character inside a string says how to write it', () => {
    expect(read('{\n  "title": "a\tb"\n}')).toBe(
      'x.json:2:14: is not valid JSON: a tab inside a string: write \\t, or remove it',
    );
    expect(read('{\n  "title": "a\nb"\n}')).toBe(
      'x.json:2:14: is not valid JSON: a line break inside a string: write \\n, or remove it',
    );
    expect(read('{\n  "title": "a\u0000b"\n}')).toBe(
      'x.json:2:14: is not valid JSON: an invisible control character (U+0000) inside a string: remove it',
    );
  });

  it('a missing colon says where it goes', () => {
    expect(read('{\n  "id" "x"\n}')).toBe(
      'x.json:2:8: is not valid JSON: put a : between the key and its value',
    );
  });

  it('a number with a leading zero says what to write', () => {
    expect(read('{\n  "n": 012\n}')).toBe(
      'x.json:2:9: is not valid JSON: a number cannot begin with 0: write 12',
    );
    expect(read('{\n  "n": [1, -007]\n}')).toBe(
      'x.json:2:14: is not valid JSON: a number cannot begin with 0: write -7',
    );
  });

  it('a missing value says to write one', () => {
    expect(read('{\n  "kind": ,\n  "status": "held"\n}')).toBe(
      'x.json:2:11: is not valid JSON: the value is missing after the colon: write one, or remove the key',
    );
    expect(read('{\n  "kind":\n}')).toBe(
      'x.json:3:1: is not valid JSON: the value is missing after the colon: write one, or remove the key',
    );
  });

  it('a bad escape lists the escapes JSON has', () => {
    expect(read('{\n  "title": "a\\qb"\n}')).toBe(
      'x.json:2:15: is not valid JSON: \\q is not an escape: only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX are allowed; write \\\\ for a backslash',
    );
    expect(read('{\n  "title": "a\\u12g4"\n}')).toBe(
      'x.json:2:18: is not valid JSON: \\u must be followed by four hexadecimal digits, as in \\u00e9',
    );
    expect(read('{\n  "title": "a\\\tb"\n}')).toBe(
      'x.json:2:15: is not valid JSON: \\  is not an escape: only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX are allowed; write \\\\ for a backslash',
    );
  });

  it('an unquoted key says to quote it', () => {
    expect(read('{\n  kind: "call"\n}')).toBe(
      'x.json:2:3: is not valid JSON: a key must be in straight double quotes: write "kind"',
    );
    expect(read('{\n  "id": "x",\n  kind: "call"\n}')).toBe(
      'x.json:3:3: is not valid JSON: a key must be in straight double quotes: write "kind"',
    );
  });
});

describe('a value JavaScript or Python writes but JSON has not', () => {
  it('says that NaN and Infinity are not numbers in JSON, rather than asking for quotes', () => {
    expect(read('{\n  "exchange": { "toUkraine": NaN }\n}')).toBe(
      'x.json:2:30: is not valid JSON: NaN is not a number in JSON: write the figure in digits (e.g. 207), or leave the field out if it is unknown',
    );
    expect(read('{"exchange": {"toRussia": -Infinity}}')).toBe(
      'x.json:1:27: is not valid JSON: -Infinity is not a number in JSON: write the figure in digits (e.g. 207), or leave the field out if it is unknown',
    );
  });

  it('names undefined and None, and true, false and null in the wrong case', () => {
    expect(read('{"end": undefined}')).toBe(
      'x.json:1:9: is not valid JSON: undefined is not a value in JSON: leave the field out if it has no value',
    );
    expect(read('{"a": True}')).toBe(
      'x.json:1:7: is not valid JSON: JSON writes true in lower case (got True): write true',
    );
    // Any other bare word is text without its quotes.
    expect(read('{"kind": summit}')).toBe(
      'x.json:1:10: is not valid JSON: text must be in straight double quotes',
    );
  });
});
