import { describe, expect, it } from 'vitest';
import { budapest, istanbul } from '../../export/formats/tricky-events.fixture';
import { accessedParts, releaseParts } from './citation-input';
import { citationText } from './citation-text';

// Local time on purpose: the access date is the reader's own calendar day, late in the evening here.
const accessed = new Date(2026, 10, 27, 23, 30);
const base = { datasetVersion: '2026.11.27', accessed };

// Hand-checked against APA 7 (Publication Manual §§9.8–9.50, 10.9 "Data sets", and the dictionary entry of APA
// Style's reference examples): group author, (year of the release: a published data set is dated by its year), the entry's title with a description in square
// brackets, "In" the whole work's title (Version), the retrieval date, since the app shows the latest release,
// and the URL with no full stop after it. The author is the site, so no site name is repeated.
describe('citationText (APA 7th edition)', () => {
  it('cites one event as an entry of the data set', () => {
    expect(
      citationText({
        ...base,
        event: { ...istanbul, title: 'First round of Russia–Ukraine talks in Istanbul' },
        permalink: 'https://example.org/?event=2025-05-16-istanbul-talks-round-1',
      }),
    ).toBe(
      'Diplomatic Timeline. (2026). First round of Russia–Ukraine talks in Istanbul ' +
        '[Data set entry]. In Diplomatic Timeline: A source-linked chronology of Russia–Ukraine war diplomacy ' +
        '(Version 2026.11.27). Retrieved November 27, 2026, from ' +
        'https://example.org/?event=2025-05-16-istanbul-talks-round-1',
    );
  });

  it('gives a title as it is, its own quotation marks included, on one line', () => {
    const text = (event: typeof istanbul) => citationText({ ...base, event, permalink: 'https://x.org/' });
    expect(text(budapest)).toContain('(2026). Planned Trump–Putin summit in Budapest [Data set entry].');
    expect(text(istanbul)).toContain('). Переговоры в Стамбуле, раунд 1; "первый" [Data set entry]. In ');
    expect(text({ ...istanbul, title: 'Is a ceasefire\nnear?' })).toContain(
      '). Is a ceasefire near? [Data set entry].',
    );
  });

  it('cites the data set, and the current view with its filter and size', () => {
    expect(citationText({ ...base, permalink: 'https://example.org/' })).toBe(
      'Diplomatic Timeline. (2026). Diplomatic Timeline: A source-linked chronology of ' +
        'Russia–Ukraine war diplomacy (Version 2026.11.27) [Data set]. Retrieved November 27, 2026, from ' +
        'https://example.org/',
    );
    expect(
      citationText({
        ...base,
        datasetVersion: '2026.11.27.2',
        permalink: 'https://example.org/?kind=summit',
        viewDescription: 'Kind: summit;\n2025',
        eventCount: 12,
      }),
    ).toBe(
      'Diplomatic Timeline. (2026). Diplomatic Timeline: A source-linked chronology of ' +
        'Russia–Ukraine war diplomacy (Version 2026.11.27.2) [Data set, view: Kind: summit; 2025 (12 events)]. ' +
        'Retrieved November 27, 2026, from https://example.org/?kind=summit',
    );
    expect(citationText({ ...base, permalink: 'https://x.org/', eventCount: 1 })).toContain(
      '(Version 2026.11.27) [Data set, a view of 1 event]. Retrieved',
    );
  });

  it('writes n.d. rather than inventing a date when the version is not a date', () => {
    expect(citationText({ ...base, datasetVersion: 'unversioned', permalink: 'https://x.org/' })).toMatch(
      /^Diplomatic Timeline\. \(n\.d\.\)\. .* \(Version unversioned\) \[Data set\]\. /,
    );
  });

  it("dates the retrieval by the reader's own calendar day", () => {
    expect(
      citationText({ ...base, accessed: new Date(2027, 0, 1, 0, 5), permalink: 'https://x.org/' }),
    ).toContain('Retrieved January 1, 2027, from https://x.org/');
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
