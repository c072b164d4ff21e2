import { describe, expect, it } from 'vitest';
import { rovingIndex } from './roving-index';

describe('rovingIndex', () => {
  it('steps with Left and Right, going round at either end', () => {
    expect(rovingIndex('ArrowRight', 0, 6)).toBe(1);
    expect(rovingIndex('ArrowRight', 5, 6)).toBe(0);
    expect(rovingIndex('ArrowLeft', 3, 6)).toBe(2);
    expect(rovingIndex('ArrowLeft', 0, 6)).toBe(5);
  });

  it('jumps to the ends with Home and End', () => {
    expect(rovingIndex('Home', 4, 6)).toBe(0);
    expect(rovingIndex('End', 1, 6)).toBe(5);
  });

  it('leaves other keys, and an empty toolbar, alone', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'a'])
      expect(rovingIndex(key, 2, 6)).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
