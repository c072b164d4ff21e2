import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';
import {
  DEPRECATED_EXTLANGS,
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
// The languages the registry names in place of a deprecated code or variant ("apc" for "ajp", "hyw"), which ICU
// may not name: the advice to write one must be advice that passes.
const PREFERRED_LANGUAGES = new Set([
  ...[...PREFERRED_VARIANT_TAGS.values()].map((tag) => tag.split('-')[0]),
  ...[...DEPRECATED_LANGUAGES.values()].filter((current) => current !== ''),
]);
// A language ICU names, standing in for one it does not ("hyw") to check the region and script after it.
const STAND_IN = 'en';

/**
 * The part after the language that is no region, script or variant ICU knows ("XX" in "uk-XX"), or undefined. After a
 * language ICU does not name, the parts are checked after one it does.
 */
function unknownPart(primary: string, rest: readonly string[]): string | undefined {
  if (rest.length === 0) return undefined;
  const base = nameOf(primary) === undefined ? STAND_IN : primary;
  if (nameOf([base, ...rest].join('-')) !== undefined) return undefined;
  return rest.find((part) => nameOf(`${base}-${part}`) === undefined) ?? rest.join('-');
}

const NO_REPLACEMENT = `with no replacement in IANA's language subtag registry: ${EXAMPLES}`;

/**
 * An extended language subtag IANA's registry has deprecated after its prefix ("ar-ajp"): the language to write in
 * place of both, the registry's Preferred-Value or, where that is deprecated too, its current code ("apc").
 * Undefined for a tag without one.
 */
function extlangAdvice(tag: string, primary: string, rest: readonly string[]): string | undefined {
  const [extlang = '', ...after] = rest;
  const value = DEPRECATED_EXTLANGS.get(`${primary}-${extlang.toLowerCase()}`);
  if (value === undefined) return undefined;
  const current = DEPRECATED_LANGUAGES.get(value) ?? value;
  const deprecated = `${quote(tag)} has a deprecated extended language subtag (${quote(extlang)})`;
  if (current === '') return `${deprecated}, ${NO_REPLACEMENT}`;
  return `${deprecated}: use ${quote([current, ...after].join('-'))}, its current code`;
}

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
  if (language === '') return `${quote(tag)} is a deprecated code, ${NO_REPLACEMENT}`;
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
  // ICU names no deprecated extended language subtag ("ar-ajp"), nor the sign languages' prefix ("sgn").
  const extlang = extlangAdvice(tag, primary, rest);
  if (extlang) return extlang;
  if (!ICU_NAMES_LANGUAGES) return deprecatedAdvice(tag, primary, rest);
  // The registry knows the codes it deprecates and those it prefers, where ICU names neither ("ajp", "apc").
  const known =
    !NOT_A_LANGUAGE.has(primary) &&
    (nameOf(primary) !== undefined || PREFERRED_LANGUAGES.has(primary) || DEPRECATED_LANGUAGES.has(primary));
  if (!known) return `${quote(tag)} is not a known language${countryInstead(primary) ?? `: ${EXAMPLES}`}`;
  // ICU names no deprecated variant, so it is told before the parts ICU does not know.
  const variant = variantAdvice(tag, rest);
  if (variant) return variant;
  const unknown = unknownPart(primary, rest);
  if (unknown !== undefined)
    return `${quote(tag)} is not a known language: ${quote(unknown)} is no region or script; write the language alone (${quote(primary)})`;
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
