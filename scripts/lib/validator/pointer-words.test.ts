import { describe, expect, it } from 'vitest';
import { itemWords, ordinal } from './pointer-words.ts';

describe('itemWords', () => {
  it('says which item of a list a pointer means, counting from one', () => {
    expect(itemWords('/sources/1/language')).toBe('the second source');
    expect(itemWords('/related/0')).toBe('the first related link');
    expect(itemWords('/discrepancies/2/accounts/0/source')).toBe(
      'the first account of the third discrepancy',
    );
    expect(itemWords('/tags/11')).toBe('the 12th tag');
    expect(itemWords('/odd~1list/0')).toBe('the first item of odd/list');
  });

  it('has nothing to add to a pointer without an item of a list', () => {
    expect(itemWords('/summary')).toBeUndefined();
    expect(itemWords('/location/country')).toBeUndefined();
    expect(itemWords('/parties/UA')).toBeUndefined();
    expect(itemWords('')).toBeUndefined();
  });
});

describe('ordinal', () => {
  it('writes the first ten in words and the rest in figures', () => {
    expect([0, 9, 10, 11, 12, 20, 21, 22, 100, 110].map(ordinal)).toEqual([
      'first',
      'tenth',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});
