import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

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

/** What is wrong with a language tag of the schema's shape, and what to write; undefined for a real language. */
export function languageAdvice(tag: string): string | undefined {
  // A Node built with reduced ICU data (small-icu) names few languages: it would refuse real ones. There
  // the rule says nothing rather than something wrong; every official build of Node has the full data.
  if (!ICU_NAMES_LANGUAGES) return undefined;
  const [primary = '', ...rest] = tag.split('-');
  const known = !NOT_A_LANGUAGE.has(primary) && nameOf(primary) !== undefined;
  if (!known) return `${quote(tag)} is not a known language${countryInstead(primary) ?? `: ${EXAMPLES}`}`;
  if (rest.length === 0 || nameOf(tag) !== undefined) return undefined;
  const unknown = rest.find((part) => nameOf(`${primary}-${part}`) === undefined) ?? rest.join('-');
  return `${quote(tag)} is not a known language: ${quote(unknown)} is no region or script; write the language alone (${quote(primary)})`;
}

export const knownLanguages: Linter = {
  name: 'known-languages',
  description: "Each source's language is a real language's BCP 47 tag.",
  reads: ['sources'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      event.sources.flatMap((s, i) => {
        const advice = languageAdvice(s.language);
        return advice === undefined ? [] : [error(f.file, `/sources/${i}/language`, advice)];
      }),
    ),
};
