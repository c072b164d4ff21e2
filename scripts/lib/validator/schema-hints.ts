import { quote } from './problem.ts';

type Schema = Record<string, unknown>;

/**
 * The sections of CONTRIBUTING.md that explain a top-level field, named when a message says what to add, so
 * that the editor reads the rules as well as the shape (a test checks that each heading exists).
 */
export const GUIDE_SECTIONS: Record<string, string> = {
  sources: 'Source policy',
  discrepancies: 'Source policy',
  related: 'Related links',
  parties: 'Kind, track, parties and place',
  participants: 'Kind, track, parties and place',
};

/** 'See "Source policy" in CONTRIBUTING.md.' for a field the guide explains, else ''. */
export function guideFor(pointer: string): string {
  const section = GUIDE_SECTIONS[pointer.split('/')[1] ?? ''];
  return section === undefined ? '' : `See "${section}" in CONTRIBUTING.md.`;
}

/** The first sentence of a description: a sentence ends at . ! or ? before a space, but not in "e.g." or "i.e.". */
export function firstSentence(text: unknown): string {
  if (typeof text !== 'string') return '';
  const m = /^(.+?(?<!\be\.g|\bi\.e)[.!?])(\s|$)/.exec(text);
  return (m ? m[1] : text) ?? '';
}

/** The node a "$ref" points to, merged with the referring node's own keywords (its description wins). */
export function resolveRef(root: Schema, node: unknown): Schema | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const ref = (node as Schema).$ref;
  if (typeof ref !== 'string') return node as Schema;
  let target: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/')) target = (target as Schema | undefined)?.[part];
  return { ...(target as Schema), ...(node as Schema) };
}

/**
 * What an array's items look like, for a message that asks for one more: `{ "url", "title", … }, with
 * "published" and "archiveUrl" where they apply` for objects, undefined for plain values (the array's own
 * description says what they are).
 */
export function itemShape(root: Schema, array: Schema | undefined): string | undefined {
  const items = resolveRef(root, array?.items);
  const properties = items?.properties as Schema | undefined;
  if (!properties) return undefined;
  const required = (items?.required as string[] | undefined) ?? [];
  const optional = Object.keys(properties).filter((k) => !required.includes(k));
  const list = (keys: string[]) => {
    const quoted = keys.map((k) => `"${k}"`);
    return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  };
  return `{ ${required.map((k) => `"${k}"`).join(', ')} }${optional.length > 0 ? `, with ${list(optional)} where they apply` : ''}`;
}

/**
 * What an array's items are called: "source" from an item schema titled "Source", "party code" from one that
 * refers to "#/$defs/partyCode"; "item" when neither says.
 */
export function itemNoun(root: Schema, array: Schema | undefined): string {
  const title = resolveRef(root, array?.items)?.title;
  if (typeof title === 'string' && /^[A-Z][a-z]+$/.test(title)) return title.toLowerCase();
  const ref = (array?.items as Schema | undefined)?.$ref;
  const name = typeof ref === 'string' ? /\/([a-z]+(?:[A-Z][a-z]+)*)$/.exec(ref)?.[1] : undefined;
  return name === undefined ? 'item' : name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/** What to write in an array that is missing or has too few items: its description, the shape of an item, and the guide. */
export function arrayAdvice(root: Schema, array: Schema | undefined, pointer: string): string {
  const shape = itemShape(root, array);
  return [
    firstSentence(array?.description),
    shape ? `Write each ${itemNoun(root, array)} as ${shape}.` : '',
    guideFor(pointer),
  ]
    .filter(Boolean)
    .join(' ');
}

const KEBAB = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const LANGUAGE = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/**
 * The forms of the schema's patterns in words, with an example, by the pattern's source: "^[A-Z]{2}$" is easier
 * to fix as "two capital letters".
 */
const PATTERN_WORDS: Record<string, string> = {
  [KEBAB]: 'Lowercase letters and digits, in words joined by single hyphens, e.g. "istanbul-process".',
  '^[0-9]{4}(-[0-9]{2}){0,2}(-[a-z0-9]+)+$':
    'An event id: the start date, then lowercase words joined by hyphens, e.g. "2025-05-16-istanbul-talks-round-1" (the name of the event\'s file without .json).',
  '^[A-Z][A-Z0-9-]{1,15}$':
    'A party code in capitals, as the vocabulary lists it: a country\'s ISO 3166-1 alpha-2 code such as "UA", or an organisation\'s such as "NATO".',
  '^[A-Z]{2}$': 'The ISO 3166-1 alpha-2 code of the country: two capital letters, e.g. "TR".',
  [LANGUAGE]:
    'The language code of the article: two or three lowercase letters, e.g. "en" for English, "uk" for Ukrainian, "ru" for Russian, or with a region, "pt-BR".',
};

/**
 * The form a pattern asks for, in plain words with an example, where one is written: a field's description may
 * name a standard ("BCP 47 language tag", "kebab-case slug") that says nothing to an editor.
 */
export function plainForm(pattern: unknown): string | undefined {
  return typeof pattern === 'string' ? PATTERN_WORDS[pattern] : undefined;
}

/** Language codes by the English name of the language, for a name written where a code belongs. */
const LANGUAGE_CODES: Record<string, string> = {
  arabic: 'ar',
  chinese: 'zh',
  english: 'en',
  french: 'fr',
  german: 'de',
  hebrew: 'he',
  hungarian: 'hu',
  italian: 'it',
  japanese: 'ja',
  persian: 'fa',
  polish: 'pl',
  portuguese: 'pt',
  romanian: 'ro',
  russian: 'ru',
  spanish: 'es',
  turkish: 'tr',
  ukrainian: 'uk',
};

/** "en" for "English": the code of a language written by its name. */
export function languageCode(value: unknown): string | undefined {
  return typeof value === 'string' ? LANGUAGE_CODES[value.trim().toLowerCase()] : undefined;
}

/** "foo-bar" for "Foo Bar" or "foo_bar": the kebab-case form a lowercase-words pattern asks for. */
function kebab(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * How to write a value that does not match `pattern`: the value meant, where it can be worked out ("foo-bar"
 * for "Foo Bar", "en" for "English"; `known` limits the guess to codes the vocabulary lists), and the form in
 * plain words where PATTERN_WORDS has them; else a field's description that shows an example ("e.g."), else its
 * description; the pattern itself is the last resort.
 */
/** A short list of codes (the tracks), which says more than any example; undefined for none or a long one. */
export function codeChoices(known: readonly string[] | undefined): string | undefined {
  return known && known.length > 0 && known.length <= 10
    ? `One of ${known.join(', ')} (a new one goes into the vocabulary first).`
    : undefined;
}

export function patternAdvice(
  pattern: string,
  value: unknown,
  description: unknown,
  known?: readonly string[],
): string {
  const about = firstSentence(description);
  // The plain words first: a description may name a standard, which says nothing to an editor.
  const form =
    PATTERN_WORDS[pattern] || (about.includes('e.g.') ? about : '') || about || `It must match ${pattern}.`;
  const choices = codeChoices(known) ?? form;
  const code = pattern === LANGUAGE ? languageCode(value) : undefined;
  if (code !== undefined) return `did you mean ${quote(code)}? ${choices}`;
  if (pattern !== KEBAB || typeof value !== 'string') return choices;
  const meant = kebab(value);
  const fits = meant !== '' && meant !== value && new RegExp(pattern).test(meant);
  return fits && (!known || known.includes(meant)) ? `did you mean ${quote(meant)}? ${choices}` : choices;
}

/** "2025-05-16" for "2025-5-16": a date with its month or day written without the leading zero. */
export function paddedDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value);
  if (!m) return undefined;
  const padded = [m[1], m[2]!.padStart(2, '0'), ...(m[3] ? [m[3].padStart(2, '0')] : [])].join('-');
  return padded !== value ? padded : undefined;
}

const DAY_AND_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * The dates a day written as a page shows it may be, in YYYY-MM-DD: "16.05.2025" (day first, as where dots are
 * written) is "2025-05-16", and so is "2025-16-05"; "05/16/2025" can only be 16 May; "06/05/2025" is 6 May or 5
 * June, and both are given.
 * Empty for anything else, or for no real day.
 */
function dateReadings(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  // The day before the month, after the year: "2025-16-05", which can be no month.
  const swapped = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (swapped && Number(swapped[2]) > 12) return dateReadings(`${swapped[2]}.${swapped[3]}.${swapped[1]}`);
  const m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (!m) return [];
  const [a, b, year] = [Number(m[1]), Number(m[3]), m[4]!];
  const pairs =
    m[2] === '.'
      ? [[a, b]]
      : a === b
        ? [[a, b]]
        : [
            [a, b],
            [b, a],
          ];
  const pad = (n: number) => String(n).padStart(2, '0');
  return pairs
    .filter(([day, month]) => {
      const date = new Date(Date.UTC(Number(year), month! - 1, day));
      return month! >= 1 && month! <= 12 && date.getUTCDate() === day;
    })
    .map(([day, month]) => `${year}-${pad(month!)}-${pad(day!)}`)
    .sort();
}

/** "did you mean …?" for a date written as a page shows it; undefined when it reads as no date. */
export function dateReadingAdvice(value: unknown): string | undefined {
  const readings = dateReadings(value);
  if (readings.length === 1) return `did you mean ${quote(readings[0])}?`;
  if (readings.length === 0) return undefined;
  const named = readings.map((r) => `${quote(r)} (${DAY_AND_MONTH.format(new Date(`${r}T00:00:00Z`))})`);
  return `did you mean ${named.join(' or ')}? Check it on the source`;
}
