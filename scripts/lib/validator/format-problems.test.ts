import { describe, expect, it } from 'vitest';
import { formatProblem, githubAnnotation, locateProblems } from './format-problems.ts';
import { error, warning } from './problem.ts';

const FILE = 'data/events/2025/x.json';
const TEXT =
  '{\n  "id": "x",\n  "sources": [\n    { "url": "https://a.test/", "language": "English" }\n  ]\n}\n';

describe('formatProblem', () => {
  it('names the file with its line and column, the field with the item in words, and the fix', () => {
    const [located] = locateProblems(
      [error(FILE, '/sources/0/language', 'has the wrong form')],
      new Map([[FILE, TEXT]]),
    );
    expect(formatProblem(located!)).toBe(
      'data/events/2025/x.json:4:45: /sources/0/language (the first source): has the wrong form',
    );
  });

  it('leaves out what is not known, and prefixes warnings', () => {
    expect(formatProblem(warning(FILE, '/summary', 'is short'))).toBe(
      'warning: data/events/2025/x.json: /summary: is short',
    );
    expect(formatProblem({ ...error(FILE, '', 'is empty'), line: 3 })).toBe(
      'data/events/2025/x.json:3: is empty',
    );
  });
});

describe('locateProblems', () => {
  it('locates a missing field at the object that lacks it, and leaves whole-file problems and unread files alone', () => {
    const problems = locateProblems(
      [
        error(FILE, '/sources/0/title', 'is required'),
        error(FILE, '', 'a whole-file problem'),
        error('other.json', '/id', 'not read'),
        { ...error(FILE, '', 'is not valid JSON'), line: 9, column: 2 },
      ],
      new Map([[FILE, TEXT]]),
    );
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [4, 5],
      [undefined, undefined],
      [undefined, undefined],
      [9, 2],
    ]);
  });
});

describe('githubAnnotation', () => {
  it('gives the place as properties and does not repeat it in the message', () => {
    const p = { ...error(FILE, '/sources/0/url', 'must be an http(s) address'), line: 4, column: 14 };
    expect(githubAnnotation(p)).toBe(
      '::error file=data/events/2025/x.json,line=4,col=14,title=validate%3A /sources/0/url::data/events/2025/x.json: /sources/0/url (the first source): must be an http(s) address',
    );
  });
});
