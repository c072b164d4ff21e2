import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';
import {
  DEPRECATED_LANGUAGES,
  DEPRECATED_REGIONS,
  DEPRECATED_TAGS,
  DEPRECATED_VARIANTS,
  PREFERRED_VARIANT_TAGS,
} from './deprecated-languages.ts';

// The names ICU (built into Node) knows: offline and the same on every run. A code of the right shape that is
// no language ("xx", "zzz") has none, with fallback "none".
const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes for no language in particular: an article is written in one.
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);
const ICU_NAMES_LANGUAGES = ['uk', 'id', 'tr'].every((code) => nameOf(code) !== undefined);
const EXAMPLES = 'give the article\'s language as a BCP 47 tag, such as "en", "uk" or "ru"';

function nameOf(tag: string): string | undefined {
  try {
    return LANGUAGES.of(tag);
  } catch {
    // Not a well-formed tag ("en-abcdefghi"): no name either.
    return undefined;
  }
}

/** A country's code written for its language ("ua" for Ukraine): the country and its main language. */
function countryInstead(code: string): string | undefined {
  if (!/^[a-z]{2}$/.test(code)) return undefined;
  const country = REGIONS.of(code.toUpperCase());
  if (country === undefined) return undefined;
  const language = new Intl.Locale(`und-${code.toUpperCase()}`).maximize().language;
  const name = language === 'und' ? undefined : nameOf(language);
  return name === undefined
    ? undefined
    : ` (it is the country code of ${country}): did you mean ${quote(language)} (${name})?`;
}

// A tag's case means nothing: "zh-YUE" is "zh-yue".
const DEPRECATED_TAGS_LOWER = new Map(
  [...DEPRECATED_TAGS].map(([tag, current]) => [tag.toLowerCase(), current]),
);
const REGION = /^(?:[a-z]{2}|\d{3})$/i;
// The languages the registry names in place of a deprecated variant ("hyw", "vsn"), which ICU may not name: the
// advice to write one must be advice that passes.
const PREFERRED_LANGUAGES = new Set([...PREFERRED_VARIANT_TAGS.values()].map((tag) => tag.split('-')[0]));

/**
 * A variant IANA's registry has deprecated ("heploc", "arevela"): the tag it prefers. After the variant's own
 * prefix, the registry's whole tag ("ja-Latn-hepburn-heploc" is "ja-Latn-alalc97"); elsewhere the variant's
 * preferred value in its place, or the tag without it where there is none. Undefined for a tag without one.
 */
function variantAdvice(tag: string, rest: string[]): string | undefined {
  const at = rest.findIndex((part) => DEPRECATED_VARIANTS.has(part.toLowerCase()));
  if (at < 0) return undefined;
  const variant = rest[at]!;
  const lower = tag.toLowerCase();
  const prefixed = [...PREFERRED_VARIANT_TAGS].find(([key]) =>
    new RegExp(`^${key.toLowerCase()}(?:-|$)`).test(lower),
  );
  const value = DEPRECATED_VARIANTS.get(variant.toLowerCase())!;
  const [primary] = tag.split('-');
  const current = prefixed
    ? prefixed[1] + tag.slice(prefixed[0].length)
    : [primary, ...(value === '' ? rest.toSpliced(at, 1) : rest.with(at, value))].join('-');
  return `${quote(tag)} has a deprecated variant (${quote(variant)}): use ${quote(current)}, the tag IANA's registry prefers`;
}

/**
 * A code IANA's registry has deprecated, which ICU still names ("iw" for Hebrew): the tag with the current code
 * in its place. Undefined for a tag without one.
 */
function deprecatedAdvice(tag: string, primary: string, rest: string[]): string | undefined {
  const replace = (current: string) => {
    const name = nameOf(current);
    return `${quote(tag)} is a deprecated code${name === undefined ? '' : ` for ${name}`}: use ${quote(current)}, its current code`;
  };
  const whole = DEPRECATED_TAGS_LOWER.get(tag.toLowerCase());
  if (whole) return replace(whole);
  const variant = variantAdvice(tag, rest);
  if (variant) return variant;
  const language = DEPRECATED_LANGUAGES.get(primary);
  if (language) return replace([language, ...rest].join('-'));
  if (language === '')
    return `${quote(tag)} is a deprecated code, with no replacement in IANA's language subtag registry: ${EXAMPLES}`;
  for (const [i, part] of rest.entries()) {
    const region = REGION.test(part) ? DEPRECATED_REGIONS.get(part.toUpperCase()) : undefined;
    if (region === undefined) continue;
    if (region !== '')
      return `${quote(tag)} has a deprecated region code (${quote(part)}): use ${quote([primary, ...rest.with(i, region)].join('-'))}, its current code`;
    return `${quote(tag)} has a region code no longer in use (${quote(part)}): write the language alone (${quote(primary)})`;
  }
  return undefined;
}

/** What is wrong with a language tag of the schema's shape, and what to write; undefined for a real language. */
export function languageAdvice(tag: string): string | undefined {
  // A Node built with reduced ICU data (small-icu) names few languages: it would refuse real ones. There
  // the rule says nothing rather than something wrong (but for the deprecated codes, which its table knows);
  // every official build of Node has the full data.
  const [primary = '', ...rest] = tag.split('-');
  if (!ICU_NAMES_LANGUAGES) return deprecatedAdvice(tag, primary, rest);
  const known =
    !NOT_A_LANGUAGE.has(primary) && (nameOf(primary) !== undefined || PREFERRED_LANGUAGES.has(primary));
  if (!known) return `${quote(tag)} is not a known language${countryInstead(primary) ?? `: ${EXAMPLES}`}`;
  // ICU names no deprecated variant, so it is told before the parts ICU does not know.
  const variant = variantAdvice(tag, rest);
  if (variant) return variant;
  if (rest.length > 0 && nameOf(tag) === undefined) {
    const unknown = rest.find((part) => nameOf(`${primary}-${part}`) === undefined) ?? rest.join('-');
    return `${quote(tag)} is not a known language: ${quote(unknown)} is no region or script; write the language alone (${quote(primary)})`;
  }
  return deprecatedAdvice(tag, primary, rest);
}

export const knownLanguages: Linter = {
  name: 'known-languages',
  description:
    "Each source's language is a real language's BCP 47 tag, in the current code or variant where IANA's registry deprecates one.",
  reads: ['sources'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      event.sources.flatMap((s, i) => {
        const advice = languageAdvice(s.language);
        return advice === undefined ? [] : [error(f.file, `/sources/${i}/language`, advice)];
      }),
    ),
};
