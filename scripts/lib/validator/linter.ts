import type { DiplomaticEvent, Vocabulary } from '../../../src/lib/data/event.generated.ts';
import type { Problem } from './problem.ts';

export interface EventFile {
  /** Path as shown to the editor, relative to the repository, e.g. "data/events/2025/x.json". */
  file: string;
  /** File name without ".json". */
  name: string;
  /** The folder the file sits in, below events/ ("2025"), or "" when it sits directly in events/. */
  folder: string;
  /** The parsed JSON, whatever its shape. */
  value: unknown;
  /** The event, once the file has passed the schema. */
  event?: DiplomaticEvent;
}

export interface LintContext {
  files: EventFile[];
  vocabulary: Vocabulary;
  /** Schema-valid events by id (the first file wins when ids clash). */
  byId: Map<string, EventFile>;
  /**
   * Names of the event files that could not be read or failed the schema. Their own errors are
   * reported; a link to one is not also blamed on every file that links to it.
   */
  unchecked: ReadonlySet<string>;
  /** The day of the check, "YYYY-MM-DD" (UTC). */
  today: string;
  /**
   * The events folder and the vocabulary file as messages show them ("data/events", "data/vocabulary.json"),
   * so that a check of another data folder (--data) names the folder actually checked.
   */
  eventsFolder: string;
  vocabularyFile: string;
}

/** Today's date in UTC, "YYYY-MM-DD": the default day of a check. */
export const utcToday = (): string => new Date().toISOString().slice(0, 10);

/** A small rule with its own tests, after the linters of mdn/browser-compat-data. */
export interface Linter {
  name: string;
  description: string;
  check(context: LintContext): Problem[];
}

/** Runs `check` on each schema-valid event. */
export function eachEvent(
  context: LintContext,
  check: (event: DiplomaticEvent, file: EventFile) => Problem[],
): Problem[] {
  return context.files.flatMap((f) => (f.event ? check(f.event, f) : []));
}

/** Every date field of an event, as [JSON pointer, value], the absent ones included as undefined. */
export function eventDates(event: DiplomaticEvent): [string, string | undefined][] {
  return [
    ['/start', event.start],
    ['/end', event.end],
    ['/announced', event.announced],
    ['/statusChange/date', event.statusChange?.date],
    ...event.sources.map((s, i): [string, string | undefined] => [`/sources/${i}/published`, s.published]),
  ];
}
