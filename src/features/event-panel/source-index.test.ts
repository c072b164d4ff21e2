import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { sourceIndex } from './source-index';

const sources = [
  { url: 'https://www.reuters.com/world/europe/a', publisher: 'Reuters' },
  { url: 'https://tass.com/politics/1', publisher: 'TASS' },
] as unknown as EventRecord['sources'];

describe('sourceIndex', () => {
  it('finds the source a claim names by its address', () => {
    expect(sourceIndex('https://tass.com/politics/1', sources)).toBe(1);
  });

  it('finds it written another way, as the validator lets pass with a warning', () => {
    expect(sourceIndex('http://reuters.com/world/europe/a/', sources)).toBe(0);
    expect(sourceIndex('https://TASS.com/politics/1#top', sources)).toBe(1);
  });

  it('finds no source for another page', () => {
    expect(sourceIndex('https://tass.com/politics/2', sources)).toBe(-1);
  });
});
