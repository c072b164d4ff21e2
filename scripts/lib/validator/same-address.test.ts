import { expect, it } from 'vitest';
import { addressKey } from './same-address.ts';

it('compares one page written differently as one address', () => {
  const key = addressKey('https://www.example.org/news/a');
  for (const spelling of [
    'https://www.example.org/news/a/',
    'https://www.example.org/news/a#comments',
    'HTTP://www.example.org/news/a',
    'http://www.example.org/news/a',
    'https://WWW.Example.ORG/news/a',
  ])
    expect(addressKey(spelling), spelling).toBe(key);
});

it('keeps apart what makes another page: the path, its case, the query and another port', () => {
  const key = addressKey('https://www.example.org/news/a');
  for (const other of [
    'https://www.example.org/news/A',
    'https://www.example.org/news/a?page=2',
    'https://www.example.org/news/a//',
    'https://www.example.org:8443/news/a',
    'https://example.org/news/a',
  ])
    expect(addressKey(other), other).not.toBe(key);
});
