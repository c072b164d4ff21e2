import { expect, it } from 'vitest';
import { formatCount } from './format-count';

it('separates thousands, and leaves smaller counts as they are', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1000)).toBe('1,000');
  expect(formatCount(10_000)).toBe('10,000');
  expect(formatCount(1_234_567)).toBe('1,234,567');
});

it('writes every count as Intl.NumberFormat would in English', () => {
  const intl = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  const samples = [
    1,
    12,
    123,
    1234,
    12_345,
    123_456,
    9_999_999,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    -1,
    -1234,
    2.5,
    1234.4,
    -2.5,
  ];
  for (const n of samples) expect(formatCount(n), String(n)).toBe(intl.format(n));
  for (let n = 0; n < 50_000; n += 7) expect(formatCount(n)).toBe(intl.format(n));
});
