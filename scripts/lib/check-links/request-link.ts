import {
  classifyStatus,
  HEAD_REFUSED,
  isTransient,
  redirectTarget,
  retryAfterMs,
  type LinkStatus,
} from './classify.ts';

export interface RequestSettings {
  /** Per request (HEAD and GET each), in milliseconds. */
  timeoutMs: number;
  /** Further attempts after a timeout, a connection failure or a transient answer (429, 503…). */
  retries: number;
  /** Pause before the first retry; it doubles for each one after. */
  backoffMs: number;
  userAgent: string;
}

export interface RequestDeps {
  /** The global fetch by default; tests may pass their own. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface LinkResult {
  url: string;
  status: LinkStatus;
  httpStatus?: number;
  /** Where a redirect points (absolute). */
  location?: string;
  /** Why there was no usable answer: a timeout, a DNS or connection failure. */
  error?: string;
  method?: 'HEAD' | 'GET';
  attempts: number;
}

type Attempt = Omit<LinkResult, 'url' | 'attempts'> & { retryAfterMs?: number };

const MAX_RETRY_AFTER_MS = 60_000;
const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describeFailure(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = err.cause;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  return cause?.message ?? err.message ?? String(e);
}

async function attempt(
  url: string,
  method: 'HEAD' | 'GET',
  settings: RequestSettings,
  doFetch: typeof fetch,
): Promise<Attempt> {
  try {
    const response = await doFetch(url, {
      method,
      // A redirect is a finding to report, not a detour to take silently.
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
      headers: { 'user-agent': settings.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    // Only the status matters: do not download the page.
    await response.body?.cancel().catch(() => {});
    const status = classifyStatus(response.status);
    return {
      status,
      httpStatus: response.status,
      method,
      ...(status === 'moved' ? { location: redirectTarget(response.headers.get('location'), url) } : {}),
      retryAfterMs: retryAfterMs(response.headers.get('retry-after'), MAX_RETRY_AFTER_MS),
    };
  } catch (e) {
    return { status: 'unreachable', error: describeFailure(e, settings.timeoutMs), method };
  }
}

function isHttp(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks one address: HEAD, then GET where HEAD is refused; retried with backoff when it may be passing. */
export async function requestLink(
  url: string,
  settings: RequestSettings,
  deps: RequestDeps = {},
): Promise<LinkResult> {
  // Never hand anything but a web address to fetch (the validator rejects others, but files may be broken).
  if (!isHttp(url)) return { url, status: 'error', error: 'not an http(s) address', attempts: 0 };
  const doFetch = deps.fetch ?? fetch;
  const sleep = deps.sleep ?? sleepFor;
  let attempts = 0;
  for (;;) {
    attempts++;
    let result = await attempt(url, 'HEAD', settings, doFetch);
    if (result.httpStatus !== undefined && HEAD_REFUSED.has(result.httpStatus))
      result = await attempt(url, 'GET', settings, doFetch);
    const { retryAfterMs: wait, ...found } = result;
    if (attempts > settings.retries || !isTransient(found.status, found.httpStatus))
      return { url, ...found, attempts };
    await sleep(wait ?? settings.backoffMs * 2 ** (attempts - 1));
  }
}
