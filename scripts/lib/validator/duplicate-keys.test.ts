import { describe, expect, it } from 'vitest';
import { duplicateKeys } from './duplicate-keys.ts';
import { formatProblem } from './format-problems.ts';

const lines = (text: string) => duplicateKeys('x.json', text).map(formatProblem);

describe('keys written twice', () => {
  it('are found at any depth, in arrays of objects, and under escaped spellings', () => {
    const text = [
      '{',
      '  "a": [{ "b": 1 }, { "b": 2, "c": 3, "b": 4 }],',
      '  "d/e": { "f": { "g": "{\\"g\\": 1, \\"g\\": 2}", "g": 5 } },',
      '  "\\u0074itle": "x", "title": "y", "title": "z"',
      '}',
    ].join('\n');
    expect(lines(text)).toEqual([
      'x.json:2:39: /a/1/b (the second item of a): "b" appears twice in this object (line 2): JSON keeps only the last one; keep one',
      'x.json:3:48: /d~1e/f/g: "g" appears twice in this object (line 3): JSON keeps only the last one; keep one',
      'x.json:4:36: /title: "title" appears 3 times in this object (line 4): JSON keeps only the last one; keep one',
    ]);
  });

  it('are not confused by the same key in sibling objects or by keys inside strings', () => {
    expect(lines('[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": "\\"a\\": 4, \\\\"}]')).toEqual([]);
    expect(lines('{"x": [], "y": {}, "z": [[{}], {"x": 1}]}')).toEqual([]);
  });
});
