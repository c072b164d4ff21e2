/** What became of one address. "moved" is reported, never followed: the editor decides whether to update it. */
export type LinkStatus = 'ok' | 'moved' | 'dead' | 'error' | 'unreachable';

/** Worst first: the order of the summary and of the report. */
export const STATUS_ORDER: readonly LinkStatus[] = ['dead', 'unreachable', 'error', 'moved', 'ok'];

/** Answers to HEAD that often mean "this server does not do HEAD" rather than anything about the page. */
export const HEAD_REFUSED: ReadonlySet<number> = new Set([400, 403, 405, 406, 501]);

/** Answers worth asking again after a pause: the server is busy or briefly broken. */
const TRANSIENT: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

export function classifyStatus(httpStatus: number): LinkStatus {
  if (httpStatus >= 200 && httpStatus < 300) return 'ok';
  // 304 only answers a conditional request, which this checker never sends.
  if (httpStatus >= 300 && httpStatus < 400 && httpStatus !== 304) return 'moved';
  if (httpStatus === 404 || httpStatus === 410) return 'dead';
  return 'error';
}

export function isTransient(status: LinkStatus, httpStatus: number | undefined): boolean {
  return status === 'unreachable' || (httpStatus !== undefined && TRANSIENT.has(httpStatus));
}

/** The absolute address a redirect points to, or undefined when it gives none that parses. */
export function redirectTarget(location: string | null, base: string): string | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}

/** Milliseconds from a Retry-After header given in seconds; dates and nonsense are ignored. */
export function retryAfterMs(header: string | null, capMs: number): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Math.min(Number(header.trim()) * 1000, capMs);
}
