import { describe, expect, it } from 'vitest';
import { compareKeys, compareText } from './compare-text';

describe('compareText', () => {
  it('sorts labels alphabetically, whatever their case and accents', () => {
    const labels = [
      'ukraine',
      'Türkiye',
      'Russia',
      'Turkey',
      'Bürgenstock',
      'berlin',
      'Ålesund',
      'Abu Dhabi',
    ];
    expect([...labels].sort(compareText)).toEqual([
      'Abu Dhabi',
      'Ålesund',
      'berlin',
      'Bürgenstock',
      'Russia',
      'Turkey',
      'Türkiye',
      'ukraine',
    ]);
  });

  it('is a total order: equal only for the same text', () => {
    expect(compareText('Kyiv', 'Kyiv')).toBe(0);
    expect(compareText('Kyiv', 'kyiv')).not.toBe(0);
    expect(Math.sign(compareText('Kyiv', 'kyiv'))).toBe(-Math.sign(compareText('kyiv', 'Kyiv')));
  });
});

describe('compareKeys', () => {
  it('orders ISO dates and ids as strings', () => {
    expect(['2025-05-16', '2025-05', '2024-12-31', '2025'].sort(compareKeys)).toEqual([
      '2024-12-31',
      '2025',
      '2025-05',
      '2025-05-16',
    ]);
  });
});
