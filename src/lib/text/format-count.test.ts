import { expect, it } from 'vitest';
import { formatCount } from './format-count';

it('separates thousands, and leaves smaller counts as they are', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1000)).toBe('1,000');
  expect(formatCount(10_000)).toBe('10,000');
  expect(formatCount(1_234_567)).toBe('1,234,567');
});
