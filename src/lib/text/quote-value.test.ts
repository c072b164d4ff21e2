import { describe, expect, it } from 'vitest';
import { quoteValue } from './quote-value';

describe('quoteValue', () => {
  it('quotes a value in curly quotes', () => {
    expect(quoteValue('grid')).toBe('“grid”');
  });

  it('cuts a long value at 40 characters', () => {
    expect(quoteValue('x'.repeat(50))).toBe(`“${'x'.repeat(40)}…”`);
  });

  it('drops invisible characters and says so', () => {
    expect(quoteValue('ro\u202Eman')).toBe('“roman” (invisible characters removed)');
  });

  it('shows curly quotes inside the value straight, so that the quotation ends where the value does', () => {
    const quoted = quoteValue('”שלום“');
    expect(quoted).toBe('“"שלום"”');
    expect(quoted.match(/[“”]/g)).toEqual(['“', '”']);
  });
});
