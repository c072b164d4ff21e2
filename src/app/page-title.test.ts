import { describe, expect, it } from 'vitest';
import { pageTitle, SITE_TITLE } from './page-title';

describe('pageTitle', () => {
  it('names the open event before the site', () => {
    expect(pageTitle('ready', 'Anchorage summit')).toBe('Anchorage summit — Diplomatic Timeline');
  });

  it('is the site alone with no event open, or while the data loads', () => {
    expect(pageTitle('ready')).toBe(SITE_TITLE);
    expect(pageTitle('ready', '')).toBe(SITE_TITLE);
    expect(pageTitle('loading')).toBe(SITE_TITLE);
  });

  it('says when the data could not be loaded', () => {
    expect(pageTitle('error')).toBe('Error — Diplomatic Timeline');
  });
});
