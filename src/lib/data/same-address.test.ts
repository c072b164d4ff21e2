import { expect, it } from 'vitest';
import { addressKey, sourceAt } from './same-address';

it('compares one page written differently as one address', () => {
  const key = addressKey('https://www.example.org/news/a');
  for (const spelling of [
    'https://www.example.org/news/a/',
    'https://www.example.org/news/a#comments',
    'HTTP://www.example.org/news/a',
    'http://www.example.org/news/a',
    'https://WWW.Example.ORG/news/a',
    // The site without "www.": one site answers at both, one sending readers on to the other.
    'https://example.org/news/a',
    'https://example.org/news/a/',
  ])
    expect(addressKey(spelling), spelling).toBe(key);
});

it('keeps apart what makes another page: the path, its case, the query, another port or site', () => {
  const key = addressKey('https://www.example.org/news/a');
  for (const other of [
    'https://www.example.org/news/A',
    'https://www.example.org/news/a?page=2',
    'https://www.example.org/news/a//',
    'https://www.example.org:8443/news/a',
    'https://amp.example.org/news/a',
    'https://www2.example.org/news/a',
    'https://www.example.org.ua/news/a',
  ])
    expect(addressKey(other), other).not.toBe(key);
  // "www" alone is a host of its own, not a site without its name.
  expect(addressKey('http://www/news/a')).not.toBe(addressKey('http://news/a'));
});

it('finds the source a claim names, by its address or the same page written another way', () => {
  const sources = [{ url: 'https://www.reuters.com/world/europe/a' }, { url: 'https://tass.com/politics/1' }];
  expect(sourceAt('https://tass.com/politics/1', sources)).toBe(1);
  expect(sourceAt('http://reuters.com/world/europe/a/', sources)).toBe(0);
  expect(sourceAt('https://TASS.com/politics/1#top', sources)).toBe(1);
  expect(sourceAt('https://tass.com/politics/2', sources)).toBe(-1);
});
