// Letters that Unicode does not decompose into a base letter and a mark.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
};

/** Lower case without accents, so that "dolmabahce" finds "Dolmabahçe" and "burgenstock" finds "Bürgenstock". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıßøłđæœþħ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘`´]/g, "'");
}
