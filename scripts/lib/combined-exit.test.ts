import { expect, it } from 'vitest';
import { combinedExit } from './combined-exit.ts';

it('combinedExit hides no failure behind a later success', () => {
  expect(combinedExit([0, 0])).toBe(0);
  expect(combinedExit([1, 0])).toBe(1);
  expect(combinedExit([0, 1])).toBe(1);
  expect(combinedExit([1, 2])).toBe(2);
  expect(combinedExit([0, 130])).toBe(2);
});
