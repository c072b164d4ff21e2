import { describe, expect, it } from 'vitest';
import { requestLink, type RequestSettings } from './request-link.ts';

const settings: RequestSettings = { timeoutMs: 1000, retries: 2, backoffMs: 100, userAgent: 'Test/1.0' };

/** A fetch that answers from a script of responses (or errors) and records each call. */
function scriptedFetch(script: (Response | Error)[]) {
  const calls: { method: string; redirect: string; userAgent: string }[] = [];
  const fake = (_url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      method: init?.method ?? 'GET',
      redirect: init?.redirect ?? 'follow',
      userAgent: new Headers(init?.headers).get('user-agent') ?? '',
    });
    const next = script.shift();
    if (!next) throw new Error('unexpected request');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { fetch: fake as typeof fetch, calls };
}

const status = (code: number, headers: Record<string, string> = {}) =>
  new Response(null, { status: code, headers });

describe('requestLink', () => {
  it('reports a redirect with its target instead of following it', async () => {
    const { fetch, calls } = scriptedFetch([status(301, { location: '/new' })]);
    expect(await requestLink('https://example.org/old', settings, { fetch })).toEqual({
      url: 'https://example.org/old',
      status: 'moved',
      httpStatus: 301,
      location: 'https://example.org/new',
      method: 'HEAD',
      attempts: 1,
    });
    expect(calls).toEqual([{ method: 'HEAD', redirect: 'manual', userAgent: 'Test/1.0' }]);
  });

  it('falls back to GET where HEAD is refused', async () => {
    const { fetch, calls } = scriptedFetch([status(405), status(200)]);
    const result = await requestLink('https://example.org/', settings, { fetch });
    expect(result).toMatchObject({ status: 'ok', httpStatus: 200, method: 'GET', attempts: 1 });
    expect(calls.map((c) => c.method)).toEqual(['HEAD', 'GET']);
  });

  it('retries transient failures with doubling pauses, honouring Retry-After', async () => {
    const pauses: number[] = [];
    const sleep = (ms: number) => {
      pauses.push(ms);
      return Promise.resolve();
    };
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    const { fetch } = scriptedFetch([refused, status(503, { 'retry-after': '2' }), status(200)]);
    const result = await requestLink('https://example.org/', settings, { fetch, sleep });
    expect(result).toMatchObject({ status: 'ok', attempts: 3 });
    expect(pauses).toEqual([100, 2000]);
  });

  it('gives up after the last retry and says why', async () => {
    const dns = new TypeError('fetch failed', {
      cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' },
    });
    const { fetch } = scriptedFetch([dns, dns, dns]);
    const result = await requestLink('https://nowhere.invalid/', settings, { fetch, sleep: async () => {} });
    expect(result).toEqual({
      url: 'https://nowhere.invalid/',
      status: 'unreachable',
      error: 'ENOTFOUND: getaddrinfo ENOTFOUND',
      method: 'HEAD',
      attempts: 3,
    });
  });

  it('does not retry a dead link', async () => {
    const { fetch, calls } = scriptedFetch([status(404)]);
    expect(await requestLink('https://example.org/gone', settings, { fetch })).toMatchObject({
      status: 'dead',
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
  });

  it('never requests anything but http(s)', async () => {
    const { fetch, calls } = scriptedFetch([]);
    expect(await requestLink('file:///etc/passwd', settings, { fetch })).toEqual({
      url: 'file:///etc/passwd',
      status: 'error',
      error: 'not an http(s) address',
      attempts: 0,
    });
    expect(calls).toEqual([]);
  });
});
