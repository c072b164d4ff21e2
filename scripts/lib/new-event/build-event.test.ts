import { describe, expect, it } from 'vitest';
import { buildEvent, eventFileText } from './build-event.ts';
import type { Answers } from './fields.ts';

const answers: Answers = {
  date: '2025-10',
  title: 'Planned Trump–Putin summit in Budapest',
  summary: 'Trump announced a summit with Putin in Budapest; he called it off a week later.',
  kind: 'summit',
  status: 'cancelled',
  'status-date': '2025-10-22',
  'status-reason': 'Trump said the meeting did not feel right.',
  announced: '2025-10-16',
  track: 'us-russia',
  parties: 'US,RU,HU',
  place: 'Budapest',
  country: 'HU',
  'source-url': 'https://site-a.test/cancelled',
  'source-title': 'Trump says he cancelled the meeting',
  publisher: 'Example News',
  published: '2025-10-23',
  language: 'en',
  'archive-url': 'https://web.archive.org/web/2025/https://site-a.test/cancelled',
  slug: 'budapest-summit',
};

describe('buildEvent', () => {
  it('builds the event with its fields in the dataset order', () => {
    const event = buildEvent(answers);
    expect(event).toEqual({
      $schema: '../../schema/event.schema.json',
      id: '2025-10-budapest-summit',
      title: answers.title,
      summary: answers.summary,
      kind: 'summit',
      status: 'cancelled',
      track: 'us-russia',
      start: '2025-10',
      announced: '2025-10-16',
      statusChange: {
        date: '2025-10-22',
        reason: answers['status-reason'],
        source: 'https://site-a.test/cancelled',
      },
      location: { place: 'Budapest', country: 'HU' },
      parties: ['US', 'RU', 'HU'],
      sources: [
        {
          url: 'https://site-a.test/cancelled',
          title: answers['source-title'],
          publisher: 'Example News',
          published: '2025-10-23',
          language: 'en',
          archiveUrl: answers['archive-url'],
        },
      ],
    });
    expect(Object.keys(event)).toEqual([
      '$schema',
      'id',
      'title',
      'summary',
      'kind',
      'status',
      'track',
      'start',
      'announced',
      'statusChange',
      'location',
      'parties',
      'sources',
    ]);
  });

  it('leaves out what was not answered', () => {
    const { announced: _a, place: _p, country: _c, published: _pub, 'archive-url': _arch, ...rest } = answers;
    const event = buildEvent({ ...rest, status: 'held', 'status-date': undefined, kind: 'call' });
    expect(event).not.toHaveProperty('location');
    expect(event).not.toHaveProperty('announced');
    expect(event).not.toHaveProperty('statusChange');
    expect(Object.keys(event.sources[0]!)).toEqual(['url', 'title', 'publisher', 'language']);
  });

  it('refuses incomplete answers', () => {
    expect(() => buildEvent({ ...answers, slug: undefined })).toThrow('missing answer "slug"');
  });

  it('writes two-space JSON with a final newline', () => {
    const text = eventFileText(buildEvent(answers));
    expect(text.startsWith('{\n  "$schema": "../../schema/event.schema.json",\n  "id"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
