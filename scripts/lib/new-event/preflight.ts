import type { DiplomaticEvent, Vocabulary } from '../../../src/lib/data/event.generated.ts';
import { utcToday, type EventFile, type LintContext } from '../validator/linter.ts';
import { linters } from '../validator/linters/index.ts';
import { exchangeFigures } from '../validator/linters/exchange-figures.ts';
import { keyEventSources } from '../validator/linters/key-event-sources.ts';
import { vocabularyCodesAt } from '../validator/linters/vocabulary.ts';
import type { Problem } from '../validator/problem.ts';
import type { SchemaChecker } from '../validator/schema-check.ts';

/**
 * The validator's schema and rules applied to the new event on its own, before anything is written, so that
 * a wrong answer never leaves a broken file behind. Rules that compare events (duplicates, links) need the
 * whole dataset and run afterwards, on disk.
 */
export function preflight(
  event: DiplomaticEvent,
  file: string,
  checker: SchemaChecker,
  vocabulary: Vocabulary,
  /** The data folder's events/ and vocabulary.json as messages show them. */
  where: { eventsFolder: string; vocabularyFile: string },
): Problem[] {
  const schemaProblems = checker.check(file, event, (pointer) => vocabularyCodesAt(vocabulary, pointer));
  if (schemaProblems.length > 0) return schemaProblems;
  const eventFile: EventFile = { file, name: event.id, folder: event.start.slice(0, 4), value: event, event };
  const context: LintContext = {
    ...where,
    files: [eventFile],
    vocabulary,
    byId: new Map([[event.id, eventFile]]),
    unchecked: new Set<string>(),
    today: utcToday(),
  };
  // new-event writes one source and no exchange figures: a key event's second source and a prisoner exchange's
  // figures are added by hand afterwards, and new-event says so.
  return linters
    .filter((l) => l !== keyEventSources && l !== exchangeFigures)
    .flatMap((linter) => linter.check(context));
}

// The fields the questions fill in, so that a late problem still names the flag to change.
const FLAG_FOR_POINTER: Record<string, string> = {
  '/id': '--slug',
  '/title': '--title',
  '/summary': '--summary',
  '/start': '--date',
  '/end': '--end',
  '/announced': '--announced',
  '/statusChange/date': '--status-date',
  '/statusChange/reason': '--status-reason',
  '/location': '--place',
  '/location/place': '--place',
  '/location/venue': '--venue',
  '/location/country': '--country',
  '/parties': '--parties',
  '/sources/0/url': '--source-url',
  '/sources/0/title': '--source-title',
  '/sources/0/publisher': '--publisher',
  '/sources/0/published': '--published',
  '/sources/0/language': '--language',
  '/sources/0/archiveUrl': '--archive-url',
};

/** The question whose answer a problem the preflight found is about, if one is. */
export function fieldForProblem(p: Problem): string | undefined {
  const flag = FLAG_FOR_POINTER[p.pointer] ?? FLAG_FOR_POINTER[p.pointer.replace(/\/\d+$/, '')];
  return flag?.slice(2);
}

/** "title must be plain text: …": a problem the preflight found, as the questions word it (no flag names). */
export function describeForQuestions(p: Problem): string {
  const key = fieldForProblem(p);
  return key
    ? `${key === 'date' ? 'start date' : key} ${p.message}`
    : `${p.pointer || 'the event'} ${p.message}`;
}

/** "--title must be plain text: …" for a problem the preflight found. */
export function describeForFlags(p: Problem): string {
  const flag = FLAG_FOR_POINTER[p.pointer] ?? FLAG_FOR_POINTER[p.pointer.replace(/\/\d+$/, '')];
  return flag ? `${flag} ${p.message}` : `${p.pointer || 'the event'} ${p.message}`;
}
