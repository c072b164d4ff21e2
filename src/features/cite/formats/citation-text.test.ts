import { describe, expect, it } from 'vitest';
import { budapest, istanbul, jakarta, yearOnly } from '../../export/formats/tricky-events.fixture';
import { accessedParts, releaseParts } from './citation-input';
import { citationText } from './citation-text';

// Local time on purpose: the access date is the reader's own calendar day, late in the evening here.
const accessed = new Date(2026, 10, 27, 23, 30);
const base = { datasetVersion: '2026.11.27', accessed };

describe('citationText', () => {
  it('cites one event with its date, id, dataset version, permalink and access date', () => {
    expect(
      citationText({
        ...base,
        event: { ...istanbul, title: 'First round of Russia–Ukraine talks in Istanbul' },
        permalink: 'https://example.org/#/event/2025-05-16-istanbul-talks-round-1',
      }),
    ).toBe(
      'Diplomatic Timeline (2026). "First round of Russia–Ukraine talks in Istanbul" (16 May 2025). ' +
        'Event 2025-05-16-istanbul-talks-round-1, dataset version 2026.11.27. ' +
        'https://example.org/#/event/2025-05-16-istanbul-talks-round-1 (accessed 27 November 2026).',
    );
  });

  it('gives the date at its precision, the range, and says when an event did not take place', () => {
    const text = (event: typeof istanbul) => citationText({ ...base, event, permalink: 'https://x.org/' });
    expect(text(budapest)).toContain('"Planned Trump–Putin summit in Budapest" (October 2025, cancelled).');
    expect(text(yearOnly)).toContain('(2024).');
    expect(text(jakarta)).toContain('(30 December 2025 – 2 January 2026, cancelled).');
    // Quotation marks in a title nest inside the citation's: single within double.
    expect(text(istanbul)).toContain(`"Переговоры в Стамбуле, раунд 1; 'первый'" (16 May 2025).`);
    expect(text({ ...istanbul, title: 'Orbán begins his “peace mission”' })).toContain(
      '"Orbán begins his ‘peace mission’" (16 May 2025).',
    );
  });

  it('cites the dataset, and the current view with its filter and size', () => {
    expect(citationText({ ...base, permalink: 'https://example.org/' })).toBe(
      'Diplomatic Timeline (2026). Diplomatic Timeline: a source-linked chronology of Russia–Ukraine war ' +
        'diplomacy [Data set], version 2026.11.27. https://example.org/ (accessed 27 November 2026).',
    );
    expect(
      citationText({
        ...base,
        permalink: 'https://example.org/?kind=summit',
        viewDescription: 'Kind: summit;\n2025',
        eventCount: 12,
      }),
    ).toContain('[Data set], version 2026.11.27, view: Kind: summit; 2025 (12 events). https://');
    expect(citationText({ ...base, permalink: 'https://x.org/', eventCount: 1 })).toContain(
      'version 2026.11.27, a view of 1 event.',
    );
  });

  it('writes n.d. rather than inventing a year when the version is not a date', () => {
    expect(citationText({ ...base, datasetVersion: 'unversioned', permalink: 'https://x.org/' })).toMatch(
      /^Diplomatic Timeline \(n\.d\.\)\. .* version unversioned\./,
    );
  });
});

describe('release and access dates', () => {
  it('reads the release date from a dated version, second releases included', () => {
    expect(releaseParts('2026.11.27')).toEqual([2026, 11, 27]);
    expect(releaseParts('2026.11.27.2')).toEqual([2026, 11, 27]);
    expect(releaseParts('2026.02.30')).toBeNull();
    expect(releaseParts('1.2.0')).toBeNull();
  });

  it('takes the access date from the local calendar day', () => {
    expect(accessedParts(new Date(2026, 0, 1, 0, 5))).toEqual([2026, 1, 1]);
  });
});
