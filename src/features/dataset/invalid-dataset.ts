/**
 * What the development server (npm run dev) says when the event files do not pass the validator: which file,
 * where in it, which field and what is wrong, so that the page can say so in words rather than as a server
 * error. A built site never sends it: its data passed the validator when it was built.
 */

/** One problem of the data, as the validator found it. */
export interface DatasetProblem {
  /** The file, as the validator names it ("data/events/2025/2025-05-16-x.json"). */
  file: string;
  /** 1-based line and column of the field in the file, where known. */
  line?: number;
  column?: number;
  /** The field, with the item of a list in words: "/sources/1/language (the second source)". */
  field?: string;
  message: string;
}

/** The body of the development server's answer (HTTP 500) for data that does not pass the validator. */
export interface InvalidDatasetBody {
  invalidDataset: { problems: DatasetProblem[] };
}

const MAX_PROBLEMS = 50;

const optionalNumber = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v));

/**
 * The problems in a development server's answer, or undefined when the text is not that answer. Only well-formed
 * problems are kept, and no more than MAX_PROBLEMS of them: the page lists each.
 */
export function parseInvalidDataset(text: string): DatasetProblem[] | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const problems = (body as Partial<InvalidDatasetBody> | null)?.invalidDataset?.problems;
  if (!Array.isArray(problems)) return undefined;
  const sound = problems.filter(
    (p: unknown): p is DatasetProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as DatasetProblem).file === 'string' &&
      typeof (p as DatasetProblem).message === 'string' &&
      (typeof (p as DatasetProblem).field === 'string' || (p as DatasetProblem).field === undefined) &&
      optionalNumber((p as DatasetProblem).line) &&
      optionalNumber((p as DatasetProblem).column),
  );
  return sound.length === 0 ? undefined : sound.slice(0, MAX_PROBLEMS);
}

/** "data/events/2025/x.json, line 12, column 7": where a problem is, in words. */
export function problemPlace(p: DatasetProblem): string {
  if (p.line === undefined) return p.file;
  return `${p.file}, line ${p.line}${p.column === undefined ? '' : `, column ${p.column}`}`;
}

/** "An event file is invalid", "3 event files are invalid" ("data file" when one is not an event's). */
export function invalidHeading(problems: readonly DatasetProblem[]): string {
  const files = new Set(problems.map((p) => p.file));
  const events = [...files].every((f) => /(^|\/)events\//.test(f));
  if (files.size === 1) return events ? 'An event file is invalid' : 'A data file is invalid';
  return `${files.size} ${events ? 'event' : 'data'} files are invalid`;
}
