import { isKebabCase } from '../../../src/lib/text/kebab-case.ts';
import { normalise } from '../../../src/lib/text/normalise.ts';

/** Ids stay readable in links and file lists; titles can be up to 140 characters. */
export const MAX_SLUG_LENGTH = 60;

/**
 * A kebab-case slug from a title: "Dolmabahçe talks" → "dolmabahce-talks". Apostrophes vanish rather than
 * split a word ("Zelensky's" → "zelenskys"); anything else that is not a letter or digit becomes a hyphen.
 * Cut at a word boundary when longer than maxLength. Empty when the title has no ASCII letters or digits.
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = normalise(title)
    .replace(/['’ʼ`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}

export const isSlug = isKebabCase;
