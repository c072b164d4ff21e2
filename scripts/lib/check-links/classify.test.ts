import { describe, expect, it } from 'vitest';
import { classifyStatus, isTransient, redirectTarget, retryAfterMs } from './classify.ts';

describe('classifyStatus', () => {
  it.each([
    [200, 'ok'],
    [204, 'ok'],
    [301, 'moved'],
    [302, 'moved'],
    [308, 'moved'],
    [304, 'error'],
    [404, 'dead'],
    [410, 'dead'],
    [403, 'error'],
    [429, 'error'],
    [500, 'error'],
    [503, 'error'],
  ])('%i is %s', (code, status) => {
    expect(classifyStatus(code)).toBe(status);
  });
});

it('retries only what may pass', () => {
  expect(isTransient('unreachable', undefined)).toBe(true);
  expect(isTransient('error', 503)).toBe(true);
  expect(isTransient('error', 429)).toBe(true);
  expect(isTransient('error', 403)).toBe(false);
  expect(isTransient('dead', 404)).toBe(false);
  expect(isTransient('moved', 301)).toBe(false);
});

it('resolves a relative Location against the requested address', () => {
  expect(redirectTarget('/new', 'https://example.org/old?x=1')).toBe('https://example.org/new');
  expect(redirectTarget('https://other.example/a', 'https://example.org/')).toBe('https://other.example/a');
  expect(redirectTarget(null, 'https://example.org/')).toBeUndefined();
});

it('reads Retry-After in seconds, capped', () => {
  expect(retryAfterMs('3', 60_000)).toBe(3000);
  expect(retryAfterMs('9999', 60_000)).toBe(60_000);
  expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', 60_000)).toBeUndefined();
  expect(retryAfterMs(null, 60_000)).toBeUndefined();
});
