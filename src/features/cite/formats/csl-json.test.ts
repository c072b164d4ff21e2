import { describe, expect, it } from 'vitest';
import {
  budapest,
  istanbul,
  jakarta,
  vocabulary,
  yearOnly,
} from '../../export/formats/tricky-events.fixture';
import { citationCslJson, cslItem, type CslItem } from './csl-json';

const accessed = new Date(2026, 10, 27, 12);
const base = { datasetVersion: '2026.11.27', accessed, permalink: 'https://example.org/#/e' };

const parse = (text: string) => JSON.parse(text) as CslItem[];

describe('citationCslJson', () => {
  it('is a valid JSON array holding one event item with date-parts', () => {
    const items = parse(citationCslJson({ ...base, event: istanbul, vocabulary }));
    expect(items).toEqual([
      {
        id: '2025-05-16-istanbul-talks-round-1',
        type: 'event',
        title: 'Переговоры в Стамбуле, раунд 1; "первый"',
        author: [{ literal: 'Diplomatic Timeline' }],
        issued: { 'date-parts': [[2026, 11, 27]] },
        accessed: { 'date-parts': [[2026, 11, 27]] },
        URL: 'https://example.org/#/e',
        version: '2026.11.27',
        'container-title': 'Diplomatic Timeline: a source-linked chronology of Russia–Ukraine war diplomacy',
        genre: 'Negotiation round',
        'event-date': { 'date-parts': [[2025, 5, 16]] },
        'event-place': 'İstanbul, Türkiye',
        note: 'Event 2025-05-16-istanbul-talks-round-1',
      },
    ]);
  });

  it('gives the event date at its precision, and both ends of a range', () => {
    expect(cslItem({ ...base, event: budapest })['event-date']).toEqual({ 'date-parts': [[2025, 10]] });
    expect(cslItem({ ...base, event: yearOnly })['event-date']).toEqual({ 'date-parts': [[2024]] });
    expect(cslItem({ ...base, event: jakarta })['event-date']).toEqual({
      'date-parts': [
        [2025, 12, 30],
        [2026, 1, 2],
      ],
    });
    expect(cslItem({ ...base, event: { ...istanbul, end: istanbul.start } })['event-date']).toEqual({
      'date-parts': [[2025, 5, 16]],
    });
  });

  it('notes the status, names the place by code without a vocabulary, and leaves out a missing place', () => {
    expect(cslItem({ ...base, event: budapest })).toMatchObject({
      note: 'Event 2025-10-budapest-summit; cancelled',
      'event-place': 'Budapest, HU',
    });
    expect(cslItem({ ...base, event: yearOnly })).not.toHaveProperty('event-place');
  });

  it('cites the dataset or the view as type "dataset"', () => {
    const [item] = parse(
      citationCslJson({
        ...base,
        permalink: 'https://example.org/?track=us-russia',
        viewDescription: 'Track: US–Russia',
        eventCount: 7,
      }),
    );
    expect(item).toEqual({
      id: expect.stringMatching(/^diplomatic-timeline-2026\.11\.27-view-[0-9a-z]{7}$/),
      type: 'dataset',
      title: 'Diplomatic Timeline: a source-linked chronology of Russia–Ukraine war diplomacy',
      author: [{ literal: 'Diplomatic Timeline' }],
      issued: { 'date-parts': [[2026, 11, 27]] },
      accessed: { 'date-parts': [[2026, 11, 27]] },
      URL: 'https://example.org/?track=us-russia',
      version: '2026.11.27',
      note: 'View: Track: US–Russia (7 events)',
    });
  });

  it('gives the item of each view its own id, and the whole dataset the plain one', () => {
    const id = (permalink: string) => cslItem({ ...base, permalink }).id;
    expect(id('https://example.org/')).toBe('diplomatic-timeline-2026.11.27');
    expect(id('https://example.org/?event=2025-10-budapest-summit')).not.toBe(id('https://example.org/'));
    expect(id('https://example.org/?span=2025-01-15,2025-06-30')).not.toBe(
      id('https://example.org/?event=2025-10-budapest-summit'),
    );
  });

  it('leaves out issued rather than inventing it when the version is not a date', () => {
    const item = cslItem({ ...base, datasetVersion: 'unversioned' });
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('note');
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 27]] });
  });
});
