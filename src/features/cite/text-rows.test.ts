import { describe, expect, it } from 'vitest';
import { textRows } from './text-rows';

describe('textRows', () => {
  it('gives a line of text its own row, and never fewer than two', () => {
    expect(textRows('short')).toBe(2);
    expect(textRows('a\nb\nc')).toBe(3);
  });

  it('counts the rows a long line wraps to', () => {
    expect(textRows('x'.repeat(64))).toBe(2);
    expect(textRows('x'.repeat(200), 64)).toBe(4);
    expect(textRows(`${'x'.repeat(130)}\nshort`, 64)).toBe(4);
  });

  it('stops at the maximum, past which the box scrolls', () => {
    expect(textRows('line\n'.repeat(40))).toBe(12);
    expect(textRows('line\n'.repeat(40), 64, 8)).toBe(8);
  });
});
