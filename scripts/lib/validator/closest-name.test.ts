import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestCode, closestName, namePart } from './closest-name.ts';

const vocabulary = JSON.parse(readFileSync('data/vocabulary.json', 'utf8')) as {
  parties: Record<string, unknown>;
  tracks: Record<string, unknown>;
};
const parties = Object.keys(vocabulary.parties);
const kinds = [
  'negotiation-round',
  'summit',
  'meeting',
  'call',
  'agreement',
  'prisoner-exchange',
  'statement',
];
const fields = ['url', 'title', 'publisher', 'published', 'language', 'archiveUrl'];

describe('closestName suggests only a name that is genuinely close', () => {
  it('offers a two-letter code only one slip away, and only when no other code is as close', () => {
    expect(closestName('XX', parties)).toBeUndefined();
    expect(closestName('ZZ', parties)).toBeUndefined();
    // One slip from UA, UG, US and UZ alike: any one of them would be a guess.
    expect(closestName('UY', parties)).toBeUndefined();
    // As near SA, but US with a letter added.
    expect(closestName('USA', parties)).toBe('US');
    expect(closestName('RUS', parties)).toBe('RU');
    expect(closestName('ua', parties)).toBe('UA');
  });

  it('allows more slips for longer names, in proportion', () => {
    expect(closestName('sumit', kinds)).toBe('summit');
    expect(closestName('titel', fields)).toBe('title');
    expect(closestName('publishedAt', fields)).toBe('published');
    expect(closestName('archive_url', fields)).toBe('archiveUrl');
    expect(closestName('russia-ukriane', Object.keys(vocabulary.tracks))).toBe('russia-ukraine');
    expect(closestName('meet', kinds)).toBeUndefined();
    expect(closestName('date', fields)).toBeUndefined();
    expect(closestName('negotiation', kinds)).toBeUndefined();
  });

  it('keeps within a limit given for names that share a long common part', () => {
    const ids = ['2025-05-16-istanbul-talks-round-1', '2025-06-02-istanbul-talks-round-2'];
    expect(closestName('2025-05-16-istanbul-talks-round1', ids, 2)).toBe('2025-05-16-istanbul-talks-round-1');
    expect(closestName('2025-05-16-istanbul-round-1', ids, 2)).toBeUndefined();
  });
});

it('closestCode answers "UK" with the ISO code of the United Kingdom', () => {
  expect(closestCode('UK', parties)).toBe('GB');
  expect(closestCode('XX', parties)).toBeUndefined();
});

describe('namePart', () => {
  const fields = ['id', 'title', 'summary', 'start', 'end', 'related', 'sources', 'statusChange'];

  it('finds the field a name with a word added before or after it was built on', () => {
    expect(namePart('relatedEvents', fields)).toBe('related');
    expect(namePart('eventTitle', fields)).toBe('title');
    expect(namePart('end_date', fields)).toBe('end');
    expect(namePart('sources_list', fields)).toBe('sources');
  });

  it('finds nothing for a name of its own, a word inside another, or two fields at once', () => {
    expect(namePart('notes', fields)).toBeUndefined();
    expect(namePart('identifier', fields)).toBeUndefined();
    expect(namePart('intitlesx', fields)).toBeUndefined();
    expect(namePart('startEnd', ['start', 'end', 'startEn', 'tEnd'])).toBe('startEn');
    expect(namePart('startend', ['start', 'tend'])).toBe('start');
    expect(namePart('abcxyz', ['abc', 'xyz'])).toBeUndefined();
  });
});
