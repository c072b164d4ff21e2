import { parsePartialDate } from '../../../src/lib/dates/partial-date.ts';
import { closestCode, closestName } from '../validator/closest-name.ts';
import { endAdvice, isAfterToday, notADate } from '../validator/linters/dates.ts';
import { dateReadingAdvice, paddedDate } from '../validator/schema-hints.ts';
import { placeholderPublisherAdvice, placeholderUrlAdvice } from '../validator/linters/placeholders.ts';
import { plainTextMessages } from '../validator/linters/plain-text.ts';
import { implausibleDate } from '../validator/linters/plausible-dates.ts';
import { urlAdvice } from '../validator/linters/urls.ts';
import { eventId } from './event-path.ts';
import { schemaNode, type Rules } from './rules.ts';
import { slugify, isSlug } from './slug.ts';

/** Each answer is named after its command-line flag. */
export type FieldKey =
  | 'date'
  | 'end'
  | 'title'
  | 'summary'
  | 'kind'
  | 'status'
  | 'status-date'
  | 'status-reason'
  | 'announced'
  | 'track'
  | 'parties'
  | 'place'
  | 'venue'
  | 'country'
  | 'source-url'
  | 'source-title'
  | 'publisher'
  | 'published'
  | 'language'
  | 'archive-url'
  | 'slug';

/** Checked, normalised answers; parties are kept as "UA,RU". */
export type Answers = Partial<Record<FieldKey, string>>;

export type Checked =
  | { ok: true; value: string }
  /**
   * `reask`: the earlier answer this one conflicts with, which may be the wrong one: asked again (Enter keeps
   * it) before this question is, when there are questions.
   */
  | { ok: false; message: string; reask?: FieldKey };

export interface Field {
  key: FieldKey;
  /** The question, and the flag's line in --help. */
  label: string;
  required: boolean | ((a: Answers) => boolean);
  /** Asked only when this holds; passing the flag otherwise is an error that says why. */
  when?: { holds: (a: Answers) => boolean; otherwise: string };
  /** Where the schema describes the value: its enum, pattern and length limits apply. */
  schemaPath?: string;
  choices?: (rules: Rules) => string[];
  defaultValue?: (a: Answers) => string | undefined;
  normalize?: (value: string) => string;
  check?: (value: string, a: Answers, rules: Rules) => Checked;
}

const ok = (value: string): Checked => ({ ok: true, value });
const fail = (message: string): Checked => ({ ok: false, message });

function checkDate(value: string, _a: Answers, rules: Rules): Checked {
  // What the validator offers for the same slips: the date in YYYY-MM-DD, or why the day is none.
  const padded = paddedDate(value);
  const meant = padded !== undefined ? `did you mean "${padded}"?` : dateReadingAdvice(value);
  if (!/^\d{4}(-\d{2}){0,2}$/.test(value))
    return fail(
      `must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")${meant === undefined ? '' : `: ${meant}`}`,
    );
  if (!parsePartialDate(value))
    return fail(`is not a real calendar date (got "${value}"): ${meant ?? notADate(value)}`);
  const implausible = implausibleDate(value, rules.today);
  return implausible === undefined ? ok(value) : fail(implausible);
}

/** A source cannot be published after the day of the check (a year typed wrongly), as the validator says. */
function checkPublished(value: string, a: Answers, rules: Rules): Checked {
  const checked = checkDate(value, a, rules);
  if (!checked.ok || !isAfterToday(value, rules.today)) return checked;
  return fail(`is after today (${rules.today}) (got "${value}"): check the year`);
}

/** An event that was held cannot start after the day of the check: the start date or the status is wrong. */
function checkStatus(value: string, a: Answers, rules: Rules): Checked {
  const checked = oneOf('status', rules.statuses, value);
  if (!checked.ok || value !== 'held' || !isAfterToday(a.date, rules.today)) return checked;
  return {
    ok: false,
    message: `is "held", but the start date ${a.date} is after today (${rules.today}): an event still to come is "planned"; if the year is wrong, correct the start date`,
    reask: 'date',
  };
}

function checkEnd(value: string, a: Answers, rules: Rules): Checked {
  const checked = checkDate(value, a, rules);
  if (!checked.ok || a.date === undefined) return checked;
  // The validator's own rule, so that an end it refuses is refused here, at the question.
  const advice = endAdvice(a.date, value, 'the start date');
  return advice === undefined ? checked : fail(advice);
}

function checkHttpUrl(value: string): Checked {
  const advice = urlAdvice(value) ?? placeholderUrlAdvice(value);
  return advice === undefined ? ok(value) : fail(advice);
}

function oneOf(kind: string, allowed: string[], value: string): Checked {
  if (allowed.includes(value)) return ok(value);
  const guess = closestName(value, allowed);
  return fail(
    `"${value}" is not a known ${kind}${guess ? `: did you mean "${guess}"?` : ''} (one of ${allowed.join(', ')})`,
  );
}

function checkParties(value: string, _a: Answers, rules: Rules): Checked {
  const codes = value.split(',').filter(Boolean);
  if (codes.length === 0) return fail('needs at least one party code, e.g. UA,RU');
  const unknown = codes.filter((c) => !rules.parties.includes(c));
  if (unknown.length === 0) return ok(codes.join(','));
  const described = unknown.map((c) => {
    const guess = closestCode(c, rules.parties);
    return guess ? `"${c}" (did you mean "${guess}"?)` : `"${c}"`;
  });
  return fail(
    `${described.join(', ')} ${unknown.length === 1 ? 'is not a known party' : 'are not known parties'}: use codes from ${rules.vocabularyFile}, or add a new one there first`,
  );
}

function checkSlug(value: string, a: Answers, rules: Rules): Checked {
  if (!isSlug(value))
    return fail(`must be lowercase kebab-case ASCII such as "dolmabahce-talks" (got "${value}")`);
  const max = schemaNode(rules.schema, 'properties/id')?.maxLength;
  const id = eventId(a.date ?? '0000-00-00', value);
  return typeof max === 'number' && id.length > max
    ? fail(`makes the id ${id.length} characters long; the limit is ${max}: shorten it`)
    : ok(value);
}

const onlyForChangedPlans = {
  holds: (a: Answers) => a.status === 'postponed' || a.status === 'cancelled',
  otherwise: 'is only for postponed or cancelled events (see --status)',
};
const notForCalls = {
  holds: (a: Answers) => a.kind !== 'call',
  otherwise: 'must be left out for a call: a call has no single place',
};
const withPlace = {
  holds: (a: Answers) => a.kind !== 'call' && a.place !== undefined,
  otherwise: 'needs --place (and is left out for calls)',
};

/** The questions, in the order they are asked; later checks may rely on earlier answers. */
export const FIELDS: Field[] = [
  { key: 'date', label: 'Start date (YYYY, YYYY-MM or YYYY-MM-DD)', required: true, check: checkDate },
  {
    key: 'end',
    label: 'Last day, for an event over several days (YYYY, YYYY-MM or YYYY-MM-DD)',
    required: false,
    check: checkEnd,
  },
  { key: 'title', label: 'Title', required: true, schemaPath: 'properties/title' },
  {
    key: 'summary',
    label: 'Summary: one to three neutral sentences in your own words',
    required: true,
    schemaPath: 'properties/summary',
  },
  {
    key: 'kind',
    label: 'Kind',
    required: true,
    choices: (r) => r.kinds,
    normalize: (v) => v.toLowerCase(),
    check: (v, _a, r) => oneOf('kind', r.kinds, v),
  },
  {
    key: 'status',
    label: 'Status',
    required: true,
    choices: (r) => r.statuses,
    normalize: (v) => v.toLowerCase(),
    check: checkStatus,
  },
  {
    key: 'status-date',
    label: 'Date the postponement or cancellation was made public',
    required: true,
    when: onlyForChangedPlans,
    check: checkDate,
  },
  {
    key: 'status-reason',
    label: 'Reason for the postponement or cancellation, as the source gives it',
    required: true,
    when: onlyForChangedPlans,
    schemaPath: 'properties/statusChange/properties/reason',
  },
  {
    key: 'announced',
    label: 'Date first announced, if it was planned beforehand',
    required: false,
    check: checkDate,
  },
  {
    key: 'track',
    label: 'Track',
    required: true,
    choices: (r) => r.tracks,
    normalize: (v) => v.toLowerCase(),
    check: (v, _a, r) => oneOf('track', r.tracks, v),
  },
  {
    key: 'parties',
    label: 'Parties, comma-separated codes from data/vocabulary.json (e.g. UA,RU,TR)',
    required: true,
    normalize: (v) =>
      [
        ...new Set(
          v
            .toUpperCase()
            .split(/[\s,]+/)
            .filter(Boolean),
        ),
      ].join(','),
    check: checkParties,
  },
  {
    key: 'place',
    label: 'Place: city or area',
    required: false,
    when: notForCalls,
    schemaPath: 'properties/location/properties/place',
  },
  {
    key: 'venue',
    label: 'Venue: building or site',
    required: false,
    when: withPlace,
    schemaPath: 'properties/location/properties/venue',
  },
  {
    key: 'country',
    label: 'Country of the place (ISO 3166-1 alpha-2, e.g. TR)',
    required: true,
    when: withPlace,
    normalize: (v) => v.toUpperCase(),
    schemaPath: 'properties/location/properties/country',
  },
  {
    key: 'source-url',
    label: 'Source: address of an article you have read',
    required: true,
    check: checkHttpUrl,
    schemaPath: 'properties/sources/items/properties/url',
  },
  {
    key: 'source-title',
    label: "Source: the article's headline as published",
    required: true,
    schemaPath: 'properties/sources/items/properties/title',
  },
  {
    key: 'publisher',
    label: 'Source: publisher',
    required: true,
    check: (v) => {
      const advice = placeholderPublisherAdvice(v);
      return advice === undefined ? ok(v) : fail(advice);
    },
    schemaPath: 'properties/sources/items/properties/publisher',
  },
  {
    key: 'published',
    label: 'Source: publication date as the article shows it',
    required: false,
    check: checkPublished,
  },
  {
    key: 'language',
    label: 'Source: language tag (en, uk, ru, tr…)',
    required: true,
    // The primary subtag is lowercase by convention; a region such as "pt-BR" keeps its case.
    normalize: (v) => v.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase()),
    schemaPath: 'properties/sources/items/properties/language',
  },
  {
    key: 'archive-url',
    label: 'Source: address of an archived copy (Wayback Machine…)',
    required: false,
    check: checkHttpUrl,
    schemaPath: 'properties/sources/items/properties/archiveUrl',
  },
  {
    key: 'slug',
    label: 'Slug: the part of the id after the date',
    // Without a title there is nothing to derive it from; the missing title is the error to report.
    required: (a) => a.title !== undefined,
    defaultValue: (a) => (a.title === undefined ? undefined : slugify(a.title) || undefined),
    normalize: (v) => v.toLowerCase(),
    check: checkSlug,
  },
];

function firstSentence(text: unknown): string {
  if (typeof text !== 'string') return '';
  // A sentence ends only before a capital letter, so that an "e.g." followed by a quoted example does not.
  return /^(.+?[.!?])(?=\s+[A-Z]|$)/s.exec(text)?.[1] ?? text;
}

/** The schema's own limits for a value, so that the questions never drift from the schema. */
function checkAgainstSchema(value: string, path: string, rules: Rules): Checked {
  const node = schemaNode(rules.schema, path);
  if (!node) return ok(value);
  const length = [...value].length;
  if (typeof node.minLength === 'number' && length < node.minLength)
    return fail(`is too short: at least ${node.minLength} characters (got ${length})`);
  if (typeof node.maxLength === 'number' && length > node.maxLength)
    return fail(`is too long: at most ${node.maxLength} characters (got ${length})`);
  if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(value)) {
    const hint = firstSentence(node.description);
    return fail(`has the wrong form (got "${value}")${hint ? `: ${hint}` : ''}`);
  }
  return ok(value);
}

// Addresses have checks of their own, which say how to fix them.
const ADDRESS_FIELDS = new Set<FieldKey>(['source-url', 'archive-url']);

/** Normalises and checks one answer; messages read after the flag name ("--date: must be …"). */
export function checkField(field: Field, raw: string, answers: Answers, rules: Rules): Checked {
  const value = field.normalize ? field.normalize(raw.trim()) : raw.trim();
  // Markup is caught as it is typed, not after the last question, when every answer would be lost.
  const notPlain = ADDRESS_FIELDS.has(field.key) ? undefined : plainTextMessages(value)[0];
  if (notPlain) return fail(notPlain);
  const checked = field.check ? field.check(value, answers, rules) : ok(value);
  if (!checked.ok || !field.schemaPath) return checked;
  return checkAgainstSchema(checked.value, field.schemaPath, rules);
}

export function isRequired(field: Field, answers: Answers): boolean {
  return typeof field.required === 'function' ? field.required(answers) : field.required;
}
