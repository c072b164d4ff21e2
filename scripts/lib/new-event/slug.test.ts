import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/text/normalise.ts';
import { isSlug, MAX_SLUG_LENGTH, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Dolmabahçe talks', 'dolmabahce-talks'],
    ['Second round of Russia–Ukraine talks in Istanbul', 'second-round-of-russia-ukraine-talks-in-istanbul'],
    ['Çırağan Palace meeting', 'ciragan-palace-meeting'],
    ['Bürgenstock summit', 'burgenstock-summit'],
    ['Zelensky’s peace formula', 'zelenskys-peace-formula'],
    ["Trump's call with Putin", 'trumps-call-with-putin'],
    ['  1,000-for-1,000 exchange!  ', '1-000-for-1-000-exchange'],
    ['Łódź, Straße & Ærø', 'lodz-strasse-aero'],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugify('a-very-long-single-word'.replace(/-/g, ''), 10)).toBe('averylongs');
  });

  it('is empty when nothing can be folded to ASCII', () => {
    expect(slugify('Переговоры')).toBe('');
    expect(slugify('—')).toBe('');
  });
});

describe('normalise (the base of slugs)', () => {
  it('removes accents and folds letters that do not decompose', () => {
    expect(normalise('Türkiye ıİ Øresund')).toBe('turkiye ii oresund');
  });
});

describe('isSlug', () => {
  it.each(['Talks', 'talks-', '-talks', 'talks--round', 'talks round', 'çay', ''])('rejects %j', (s) => {
    expect(isSlug(s)).toBe(false);
  });
});
