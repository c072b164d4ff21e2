import { expect, it } from 'vitest';
import { distinctOutlets } from './key-events.ts';
import { registrableHost, storyAuthors } from './outlets.ts';

const source = (publisher: string, url: string) => ({ publisher, url, title: 't', language: 'en' });
const count = (...sources: [string, string][]) =>
  distinctOutlets({ sources: sources.map(([p, u]) => source(p, u)) as never }).length;

it('counts a syndicated copy under the agency that wrote it, and a mirror under the page it copies', () => {
  expect(storyAuthors('Star Tribune (AP)')).toEqual(['ap']);
  expect(storyAuthors('Xural (citing Anadolu)')).toEqual(['anadolu']);
  expect(storyAuthors('TASS (via news-pravda)')).toEqual(['tass']);
  expect(storyAuthors('Kyiv Independent')).toEqual(['kyiv independent']);
  expect(storyAuthors('Daily Sabah (Reuters, Anadolu)')).toEqual(['reuters', 'anadolu']);
  expect(
    count(['Star Tribune (AP)', 'https://www.startribune.com/a'], ['WPXI (AP)', 'https://www.wpxi.com/b']),
  ).toBe(1);
});

it('reads a bracket that names no agency as a description of the page, not as its author', () => {
  expect(storyAuthors('Pravda.ru (EN)')).toEqual(['pravda.ru']);
  expect(storyAuthors('President of Ukraine (official website)')).toEqual(['president of ukraine']);
  // Two real outlets, each with its English edition noted: they were one "en" outlet.
  expect(
    count(['Pravda.ru (EN)', 'https://english.pravda.ru/a'], ['Báo Nghệ An (EN)', 'https://baonghean.vn/b']),
  ).toBe(2);
});

it('counts two pages of one site as one outlet, however the publisher is written', () => {
  expect(count(['DW', 'https://www.dw.com/en/a'], ['Deutsche Welle', 'https://www.dw.com/en/b'])).toBe(1);
  expect(
    count(['Swissinfo', 'https://www.swissinfo.ch/a'], ['Swissinfo.', 'https://www.swissinfo.ch/b']),
  ).toBe(1);
  expect(count(['BBC', 'https://www.bbc.co.uk/a'], ['BBC News', 'https://feeds.bbci.co.uk/b'])).toBe(2);
  expect(count(['BBC', 'https://www.bbc.co.uk/a'], ['BBC News', 'https://news.bbc.co.uk/b'])).toBe(1);
});

it('does not merge outlets that share a platform or carry other outlets’ stories', () => {
  expect(
    count(
      ['Zelensky on X', 'https://x.com/ZelenskyyUa/1'],
      ['Kremlin on X', 'https://x.com/KremlinRussia_E/2'],
    ),
  ).toBe(2);
  // A site's copy of an agency story and its own report are two authors' work.
  expect(count(['DW (Reuters)', 'https://www.dw.com/a'], ['DW', 'https://www.dw.com/b'])).toBe(2);
});

it('tells the registered name of a site from its subdomains', () => {
  expect(registrableHost('https://www.dw.com/en/a')).toBe('dw.com');
  expect(registrableHost('https://en.interfax.com.ua/a')).toBe('interfax.com.ua');
  expect(registrableHost('https://www.pravda.com.ua/a')).toBe('pravda.com.ua');
  expect(registrableHost('https://eadaily.com./a')).toBe('eadaily.com');
  expect(registrableHost('not an address')).toBeUndefined();
});
