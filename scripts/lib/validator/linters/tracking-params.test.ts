import { describe, expect, it } from 'vitest';
import { withoutTracking } from './tracking-params.ts';

describe('withoutTracking', () => {
  it('removes a feed’s utm parameters and leaves the article’s address', () => {
    expect(
      withoutTracking(
        'https://www.swissinfo.ch/eng/talks/90956420?utm_source=multiple&utm_campaign=swi-rss&utm_medium=rss&utm_content=o',
      ),
    ).toEqual({
      url: 'https://www.swissinfo.ch/eng/talks/90956420',
      removed: ['utm_source', 'utm_campaign', 'utm_medium', 'utm_content'],
    });
  });

  it('removes a newsletter’s subscriber id', () => {
    expect(withoutTracking('https://kyivindependent.com/a/?mc_cid=100ac24e71&mc_eid=c34b9f7711')?.url).toBe(
      'https://kyivindependent.com/a/',
    );
  });

  it('keeps the parameters that may choose the page, as they were written, and the fragment', () => {
    expect(withoutTracking('https://site.test/news?id=4%2042&utm_source=rss&lang=en+gb#part')).toEqual({
      url: 'https://site.test/news?id=4%2042&lang=en+gb#part',
      removed: ['utm_source'],
    });
  });

  it('names a parameter given twice once', () => {
    expect(withoutTracking('https://site.test/a?fbclid=1&fbclid=2')).toEqual({
      url: 'https://site.test/a',
      removed: ['fbclid'],
    });
  });

  it('leaves an address without tracking alone, and ignores what is no web address', () => {
    expect(withoutTracking('https://site.test/a?src=rss&ref=home')).toBeNull();
    expect(withoutTracking('https://site.test/a')).toBeNull();
    expect(withoutTracking('not a url')).toBeNull();
    expect(withoutTracking('mailto:x@site.test?utm_source=x')).toBeNull();
  });
});
