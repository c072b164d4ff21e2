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
  /**
   * The event, once the file has passed the schema; for a file that failed it, the part that passed (see
   * soundPart), without the fields named in `broken`.
   */
  event?: DiplomaticEvent;
  /** The top-level fields that failed the schema, left out of `event`: the rules that read them skip the file. */
  broken?: ReadonlySet<string>;
}

export interface LintContext {
  files: EventFile[];
  vocabulary: Vocabulary;
  /** Events by id (the first file wins when ids clash), of the files in `files` that have one. */
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
  /**
   * The top-level fields of an event the rule reads, of any event it looks at: it is given no event that has
   * one of them broken (see contextFor). Fields it never reads may be missing from the events it is given.
   */
  reads: readonly (keyof DiplomaticEvent)[];
  check(context: LintContext): Problem[];
}

/** Whether `linter` reads a field that failed the schema in `file`. */
export const needsBroken = (linter: Linter, file: EventFile): boolean =>
  file.broken !== undefined && linter.reads.some((field) => file.broken!.has(field));

/**
 * The context as `linter` may see it: a file that failed the schema in a field the rule reads is shown without
 * its event, as a file that failed the schema was before (and stays in `unchecked`, so that no link to it is
 * blamed). The context itself when every file passed, the common case.
 */
export function contextFor(context: LintContext, linter: Linter): LintContext {
  if (!context.files.some((f) => needsBroken(linter, f))) return context;
  const files = context.files.map((f) => (needsBroken(linter, f) ? { ...f, event: undefined } : f));
  return { ...context, files, byId: eventsById(files) };
}

/** Events by id, the first file winning when ids clash; files whose id failed the schema have none. */
export function eventsById(files: readonly EventFile[]): Map<string, EventFile> {
  const byId = new Map<string, EventFile>();
  for (const f of files) if (f.event?.id !== undefined && !byId.has(f.event.id)) byId.set(f.event.id, f);
  return byId;
}

/** Runs `check` on each event the rule may see: valid, or the sound part of one (see contextFor). */
export function eachEvent(
  context: LintContext,
  check: (event: DiplomaticEvent, file: EventFile) => Problem[],
): Problem[] {
  return context.files.flatMap((f) => (f.event ? check(f.event, f) : []));
}

/** The top-level fields eventDates reads. */
export const DATE_FIELDS: readonly (keyof DiplomaticEvent)[] = [
  'start',
  'end',
  'announced',
  'statusChange',
  'sources',
];

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
