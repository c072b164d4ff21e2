import { parseDataset, type ParseResult } from '../../lib/data/parse-dataset';
import { invalidHeading, parseInvalidDataset, type DatasetProblem } from './invalid-dataset';

export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly detail: string,
    /** The development server's list of what is wrong with the event files, when that is the failure. */
    readonly problems?: readonly DatasetProblem[],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

export const DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

async function readWithProgress(
  response: Response,
  onProgress: (fraction: number | null) => void,
): Promise<string> {
  const total = Number(response.headers.get('Content-Length')) || 0;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    // Compressed responses report the compressed length: cap rather than show more than 100 %.
    onProgress(total > 0 ? Math.min(received / total, 1) : null);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The heading for a missing file, whether the server says so (404) or sends a page in its place. */
const MISSING = 'The data file is missing.';

/**
 * What went wrong, for the reader (the heading) and for the maintainer of the site (the detail). A
 * server that answers every address with the site's own page (a fallback for client-side routes, as
 * `vite preview` and many static hosts have) sends that page, with 200, for a data file that is not
 * there: that is a missing file, not a damaged one, nor one cut off in transfer.
 */
function notJson(url: string, text: string, error: Error): { message: string; detail: string } {
  if (text.trim() === '')
    return {
      message: 'The data file is empty.',
      detail: `${url} is empty: the file on the server has nothing in it.`,
    };
  if (/^\s*</.test(text))
    return {
      message: MISSING,
      detail: `${url} answered with a web page, not the data: the file is probably missing from the server, which sent its page for unknown addresses instead. It begins: ${text.trim().slice(0, 120)}`,
    };
  return {
    message: 'The data file is damaged.',
    detail: `${url} is not valid JSON (${error.message}); it may have been cut off in transfer.`,
  };
}

/** Fetches and checks the dataset; every failure becomes a DatasetLoadError with words for the reader. */
export async function fetchDataset(
  onProgress: (fraction: number | null) => void,
  url = DATASET_URL,
): Promise<Extract<ParseResult, { ok: true }>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (e) {
    throw new DatasetLoadError(
      'The data could not be reached.',
      `The request for ${url} failed: ${String(e)}`,
    );
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    // In development (npm run dev), the server checks the event files on every load and lists what is wrong.
    const problems = import.meta.env.DEV ? parseInvalidDataset(text) : undefined;
    if (problems)
      throw new DatasetLoadError(
        invalidHeading(problems),
        `${url} answered HTTP ${response.status}: the event files do not pass the validator.`,
        problems,
      );
    const what = response.status === 404 ? MISSING : 'The server could not provide the data.';
    const body = text.slice(0, 2000);
    throw new DatasetLoadError(what, `${url} answered HTTP ${response.status}.${body ? `\n${body}` : ''}`);
  }
  const text = await readWithProgress(response, onProgress);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const { message, detail } = notJson(url, text, e as Error);
    throw new DatasetLoadError(message, detail);
  }
  const result = parseDataset(json);
  if (!result.ok) throw new DatasetLoadError('The data file has the wrong shape.', result.reason);
  return result;
}
