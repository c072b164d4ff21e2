import { describe, expect, it } from 'vitest';
import { invalidHeading, parseInvalidDataset, problemPlace } from './invalid-dataset';

const problem = { file: 'data/events/2025/x.json', message: 'is required' };

describe('parseInvalidDataset', () => {
  it("reads the development server's list, keeping only well-formed problems", () => {
    const body = (problems: unknown) => JSON.stringify({ invalidDataset: { problems } });
    expect(parseInvalidDataset(body([problem, { file: 1, message: 'x' }, null]))).toEqual([problem]);
    expect(parseInvalidDataset(body([{ ...problem, line: '3' }]))).toBeUndefined();
    expect(parseInvalidDataset(body(Array.from({ length: 80 }, () => problem)))).toHaveLength(50);
  });

  it('is undefined for any other answer', () => {
    for (const text of [
      'boom',
      '',
      'null',
      '{}',
      '{"invalidDataset": {}}',
      '{"invalidDataset": {"problems": []}}',
    ])
      expect(parseInvalidDataset(text), text).toBeUndefined();
  });
});

describe('the words of the page', () => {
  it('says where a problem is', () => {
    expect(problemPlace({ ...problem, line: 12, column: 7 })).toBe(
      'data/events/2025/x.json, line 12, column 7',
    );
    expect(problemPlace({ ...problem, line: 12 })).toBe('data/events/2025/x.json, line 12');
    expect(problemPlace(problem)).toBe('data/events/2025/x.json');
  });

  it('counts the files, and says "data file" when one is not an event file', () => {
    expect(invalidHeading([problem, problem])).toBe('An event file is invalid');
    expect(invalidHeading([problem, { ...problem, file: 'data/events/2024/y.json' }])).toBe(
      '2 event files are invalid',
    );
    expect(invalidHeading([{ ...problem, file: 'data/vocabulary.json' }])).toBe('A data file is invalid');
  });
});
