import { withoutInvisible } from './invisible.ts';

// Letters that Unicode does not decompose into a base letter and a mark.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
};

/**
 * Lower case without accents, so that "dolmabahce" finds "Dolmabahçe" and "burgenstock" finds "Bürgenstock".
 * Also the base of event slugs (scripts/lib/new-event/slug.ts). NFKD folds compatibility forms too (ligatures,
 * full-width letters). Characters that draw nothing are dropped: pasted with a name, they would keep the
 * search from finding it.
 */
export function normalise(text: string): string {
  return withoutInvisible(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıßøłđðæœþħ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘`´]/g, "'");
}
