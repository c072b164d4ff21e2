import fc from 'fast-check';
import jsonSourceMap from 'json-source-map';
import { describe, expect, it } from 'vitest';
import { locatePointer } from './locate-pointer.ts';

describe('locatePointer', () => {
  const text = [
    '{',
    '  "id": "x",',
    '  "sources": [',
    '    { "url": "https://a.test/\\"}", "language": "English" },',
    '    { "url": "https://b.test/" }',
    '  ],',
    '  "a/b": { "~": [1, [2, 3]] }',
    '}',
  ].join('\n');
  const at = (pointer: string) => {
    const offset = locatePointer(text, pointer);
    return text.slice(offset, offset + 12);
  };

  it('finds a field at any depth, past strings that hold brackets and quotes', () => {
    expect(at('/id')).toBe('"x",\n  "sour');
    expect(at('/sources/0/language')).toBe('"English" },');
    expect(at('/sources/1/url')).toBe('"https://b.t');
    expect(at('/a~1b/~0/1/1')).toBe('3]] }\n}');
  });

  it('points at the nearest parent of a field that is missing', () => {
    expect(at('/sources/1/title')).toBe('{ "url": "ht');
    expect(at('/sources/5/url')).toBe('[\n    { "url');
    expect(at('/summary')).toBe('{\n  "id": "x');
    expect(at('')).toBe('{\n  "id": "x');
  });

  it('takes the last of a key written twice, as JSON.parse does', () => {
    expect(locatePointer('{"a": 1, "a": 2}', '/a')).toBe(14);
  });

  it('agrees with a parser that keeps a source map, on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        const { pointers } = jsonSourceMap.parse(json);
        for (const [pointer, place] of Object.entries(pointers))
          expect(locatePointer(json, pointer), pointer).toBe(place.value.pos);
      }),
      { numRuns: 300 },
    );
  });
});
