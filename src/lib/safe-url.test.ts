import { describe, expect, it } from 'vitest';
import { exportedAddress, safeHref, WITHHELD_ADDRESS } from './safe-url';

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

describe('exportedAddress', () => {
  it('writes a web address as the data has it, so that references to it still match', () => {
    expect(exportedAddress('https://example.org')).toBe('https://example.org');
    expect(exportedAddress('https://пример.рф/новости')).toBe('https://пример.рф/новости');
  });

  it('withholds every address the page will not link to, in one word of no spaces', () => {
    for (const bad of [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<p>x</p>',
      'vbscript:msgbox(1)',
      'https://www.bbc.com@example.net/news',
    ])
      expect(exportedAddress(bad)).toBe(WITHHELD_ADDRESS);
    expect(WITHHELD_ADDRESS).not.toMatch(/\s/);
  });

  it('encodes the spaces of a web address written with some, keeping a list split at spaces whole', () => {
    expect(exportedAddress(' https://example.org/a b')).toBe('https://example.org/a%20b');
  });
});
