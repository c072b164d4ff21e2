import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';

describe('safeHref', () => {
  it('keeps http(s) addresses, written as a browser writes them', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('http://example.org/')).toBe('http://example.org/');
  });

  it('refuses other schemes, non-text and addresses that are not addresses', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<p>x</p>',
      'ftp://example.org/',
      'example.org',
      42,
      null,
    ])
      expect(safeHref(bad)).toBeNull();
  });

  it('refuses an address with a user name or password, which can pass for another site', () => {
    expect(safeHref('https://www.bbc.com@example.net/news')).toBeNull();
    expect(safeHref('https://editor:secret@example.org/a')).toBeNull();
  });
});
