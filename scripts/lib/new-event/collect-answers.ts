import { checkField, FIELDS, isRequired, type Answers, type Field } from './fields.ts';
import type { Rules } from './rules.ts';

/** Asks one question and resolves with the line typed (possibly empty). */
export type Ask = (question: string) => Promise<string>;

export interface Collected {
  answers: Answers;
  /** One line per flag that is missing, wrong, or does not apply; empty when the answers are complete. */
  errors: string[];
}

export function questionFor(
  field: Field,
  rules: Rules,
  fallback: string | undefined,
  required: boolean,
): string {
  const choices = field.choices?.(rules);
  const parts = [field.label];
  if (choices?.length) parts.push(` (${choices.join(', ')})`);
  if (fallback !== undefined) parts.push(` [${fallback}]`);
  else if (!required) parts.push(' (optional, Enter to skip)');
  return `${parts.join('')}: `;
}

/** What a changed answer was read as (case, a repeated party), so that no rewrite goes unsaid; spacing aside. */
export function readAsNote(given: string, value: string): string | undefined {
  const bare = (text: string) => text.replace(/\s+/g, '');
  return bare(given) === bare(value) ? undefined : `"${given.trim()}" read as ${value}`;
}

// The one required answer the questions suggest: when none is offered, the reader needs to know why.
const NO_SLUG =
  'is required: the title has no Latin letters or digits to make an id from (ids use a–z, 0–9 and hyphens)';

/**
 * Asks `field` until its answer passes, and returns it (undefined for an optional question skipped). `keep`, an
 * answer already given, is what Enter keeps. When an answer conflicts with an earlier one that may be the wrong
 * one (a held event whose start date is after today), that earlier question is asked again first, and its
 * answer stored in `answers`.
 */
export async function askUntilValid(
  field: Field,
  answers: Answers,
  rules: Rules,
  ask: Ask,
  say: (line: string) => void,
  keep?: string,
): Promise<string | undefined> {
  for (;;) {
    const fallback = keep ?? field.defaultValue?.(answers);
    const required = isRequired(field, answers);
    // An optional answer asked again can be taken back: "-" leaves it out.
    const clearable = keep !== undefined && !required;
    const shown = clearable ? `${fallback}; - leaves it out` : fallback;
    const typed = (await ask(questionFor(field, rules, shown, required))).trim();
    if (clearable && typed === '-') return undefined;
    const raw = typed === '' ? fallback : typed;
    if (raw === undefined) {
      if (!required) return undefined;
      say(field.key === 'slug' ? `  ${field.key} ${NO_SLUG}` : `  ${field.key} is required.`);
      continue;
    }
    const checked = checkField(field, raw, answers, rules);
    if (checked.ok) {
      const note = readAsNote(raw, checked.value);
      if (note) say(`  ${field.key}: ${note}`);
      return checked.value;
    }
    say(`  ${field.key} ${checked.message}`);
    const earlier = checked.reask && FIELDS.find((f) => f.key === checked.reask);
    if (earlier) {
      const kept = answers[earlier.key];
      say(
        `  Give the ${earlier.key === 'date' ? 'start date' : earlier.key} again${kept === undefined ? '' : ` (Enter keeps ${kept})`}, then the ${field.key}.`,
      );
      const value = await askUntilValid(earlier, answers, rules, ask, say, kept);
      if (value === undefined) delete answers[earlier.key];
      else answers[earlier.key] = value;
    }
  }
}

/**
 * Fills in the answers from flags and, when `ask` is given, from questions for the rest (re-asking after a
 * wrong answer). Without `ask` nothing is asked: every problem is collected so that a script sees them all.
 */
export async function collectAnswers(
  flags: Answers,
  rules: Rules,
  ask?: Ask,
  say: (line: string) => void = () => {},
): Promise<Collected> {
  const answers: Answers = {};
  const errors: string[] = [];
  for (const field of FIELDS) {
    const flag = `--${field.key}`;
    const given = flags[field.key]?.trim() || undefined;
    if (field.when && !field.when.holds(answers)) {
      if (given !== undefined) errors.push(`${flag} ${field.when.otherwise}`);
      continue;
    }
    if (given !== undefined) {
      const checked = checkField(field, given, answers, rules);
      if (checked.ok) {
        answers[field.key] = checked.value;
        const note = readAsNote(given, checked.value);
        if (note) say(`${flag}: ${note}`);
        continue;
      }
      if (!ask) {
        errors.push(`${flag} ${checked.message}`);
        continue;
      }
      say(`${flag} ${checked.message}`);
    }
    if (ask) {
      const value = await askUntilValid(field, answers, rules, ask, say);
      if (value !== undefined) answers[field.key] = value;
      continue;
    }
    const fallback = field.defaultValue?.(answers);
    if (fallback !== undefined) {
      const checked = checkField(field, fallback, answers, rules);
      if (checked.ok) answers[field.key] = checked.value;
      else errors.push(`${flag} could not be derived (${checked.message}): pass it`);
    } else if (isRequired(field, answers)) {
      errors.push(field.key === 'slug' ? `${flag} ${NO_SLUG}` : `${flag} is required (${field.label})`);
    }
  }
  return { answers, errors };
}
