/** Gives the thread back to the page between two slices of a long piece of work. */
export type Pause = () => Promise<void>;

/** A pause of one task: what the reader does meanwhile (a click, a scroll) is answered first. */
export const pauseForPage: Pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Events per part of an export: a part is a few milliseconds of work, so a slice ends close to its budget. */
const PART = 200;

/** The items in consecutive parts of `size`, in their order. */
export function* inParts<T>(items: readonly T[], size = PART): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Every value `work` gives, in order, pausing whenever `budgetMs` have passed since the last pause: an
 * export of 50,000 events took seconds in one task, the page frozen throughout; in slices of about
 * 40 ms it goes on answering the reader.
 */
export async function inSlices<T>(
  work: Iterable<T>,
  pause: Pause,
  budgetMs = 40,
  now: () => number = () => performance.now(),
): Promise<T[]> {
  const values: T[] = [];
  let since = now();
  for (const value of work) {
    values.push(value);
    if (now() - since >= budgetMs) {
      await pause();
      since = now();
    }
  }
  return values;
}

/**
 * The file that `fragments`, one after the other, make, written in slices (see inSlices). Each fragment is
 * made a Blob as it comes, its UTF-8 written within its slice: one Blob of the whole text at the end was
 * a task of its own, over half a second for the JSON of 50,000 events. Blobs of Blobs copy no text.
 */
export async function fileInSlices(fragments: Iterable<string>, type: string, pause: Pause): Promise<Blob> {
  function* asBlobs() {
    for (const fragment of fragments) yield new Blob([fragment]);
  }
  return new Blob(await inSlices(asBlobs(), pause), { type });
}
