import { expect, it } from 'vitest';
import { linkTargets, sourcesOf, sourcesWithoutArchive } from './collect-links.ts';

const a = sourcesOf('events/2025/a.json', {
  id: 'a',
  sources: [
    { url: 'https://example.org/1', archiveUrl: 'https://web.archive.org/web/2025/https://example.org/1' },
    { url: 'https://example.org/2' },
    'not a source',
    { title: 'no url' },
  ],
});
const b = sourcesOf('events/2025/b.json', { id: 'b', sources: [{ url: 'https://example.org/2' }] });

it('reads sources loosely, keeping their place in the file', () => {
  expect(a).toEqual([
    {
      file: 'events/2025/a.json',
      event: 'a',
      pointer: '/sources/0',
      url: 'https://example.org/1',
      archiveUrl: 'https://web.archive.org/web/2025/https://example.org/1',
    },
    { file: 'events/2025/a.json', event: 'a', pointer: '/sources/1', url: 'https://example.org/2' },
    { file: 'events/2025/a.json', event: 'a', pointer: '/sources/3' },
  ]);
  expect(sourcesOf('x.json', null)).toEqual([]);
  expect(sourcesOf('x.json', { sources: 'none' })).toEqual([]);
});

it('requests each address once, with every place that cites it', () => {
  const targets = linkTargets([...a, ...b]);
  expect(targets.map((t) => t.url)).toEqual([
    'https://example.org/1',
    'https://web.archive.org/web/2025/https://example.org/1',
    'https://example.org/2',
  ]);
  expect(targets[2]!.citedBy).toEqual([
    { file: 'events/2025/a.json', event: 'a', pointer: '/sources/1/url' },
    { file: 'events/2025/b.json', event: 'b', pointer: '/sources/0/url' },
  ]);
  expect(targets[1]!.citedBy[0]!.pointer).toBe('/sources/0/archiveUrl');
});

it('lists the sources without an archive copy', () => {
  expect(sourcesWithoutArchive([...a, ...b]).map((m) => `${m.event}${m.pointer}`)).toEqual([
    'a/sources/1',
    'b/sources/0',
  ]);
});
