import { describe, expect, it } from 'vitest';
import { budapest, istanbul, vocabulary } from '../../export/formats/tricky-events.fixture';
import { citationBibtex } from './bibtex';
import { citationRis } from './ris';

const accessed = new Date(2026, 10, 27, 12);
const base = { datasetVersion: '2026.11.27', accessed, permalink: 'https://example.org/#/e' };

// Every place a reader might end a line: Python's str.splitlines() ends one at VT, FF, FS, GS, RS and NEL
// besides CR and LF, and at the line and paragraph separators. Any control character is taken as one here.
const LINE_BREAK = /\r\n|[\p{Cc}\u2028\u2029]/u;

describe('citationRis', () => {
  it('writes a GEN record for an event, one tag per CRLF line, closed by ER', () => {
    expect(citationRis({ ...base, event: istanbul, vocabulary })).toBe(
      [
        'TY  - GEN',
        'ID  - 2025-05-16-istanbul-talks-round-1',
        'TI  - Переговоры в Стамбуле, раунд 1; "первый"',
        'T2  - Diplomatic Timeline: a source-linked chronology of Russia–Ukraine war diplomacy',
        'M3  - Negotiation round',
        'AU  - Diplomatic Timeline',
        'PY  - 2026',
        'DA  - 2026/11/27',
        'ET  - 2026.11.27',
        'UR  - https://example.org/#/e',
        'Y2  - 2026/11/27',
        'N1  - Event 2025-05-16-istanbul-talks-round-1, 16 May 2025, İstanbul, Türkiye.',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps every value on its line', () => {
    const ris = citationRis({ ...base, event: { ...budapest, title: 'Line one\nline two\r\nthree' } });
    expect(ris).toContain('TI  - Line one line two three\r\n');
    expect(ris).toContain('N1  - Event 2025-10-budapest-summit, October 2025, cancelled, Budapest, HU.\r\n');
    for (const line of ris.split('\r\n').slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it("keeps a search from a link on its line where any reader would split it, Python's splitlines too", () => {
    // A link's search text reaches the N1 line. Besides CR and LF, Python's str.splitlines() (rispy.loads)
    // and other Unicode-aware readers end a line at VT, FF, FS, GS, RS, NEL and the line and paragraph
    // separators: the record would gain lines of the link's choosing.
    const breaks = ['\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029'];
    const injected = breaks.map((b) => `x${b}ER  - ${b}TY  - JOUR${b}TI  - Forged`).join('');
    const ris = citationRis({ ...base, viewDescription: `Search “${injected}”`, eventCount: 1 });
    const lines = ris.split(LINE_BREAK);
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((line) => line.startsWith('TY'))).toEqual(['TY  - DATA']);
    // The other control characters, which no reader shows, go too.
    const bell = citationRis({ ...base, viewDescription: 'Search “a\u0007b\u0000c”' });
    expect(bell).toContain('N1  - View: Search “a b c”.\r\n');
  });

  it('writes a DATA record for the dataset or the view', () => {
    const ris = citationRis({ ...base, viewDescription: 'Kind: summit', eventCount: 2 });
    expect(
      ris.startsWith('TY  - DATA\r\nID  - diplomatic-timeline-2026.11.27\r\nTI  - Diplomatic Timeline: '),
    ).toBe(true);
    expect(ris).toContain('N1  - View: Kind: summit (2 events).\r\nER  - \r\n');
    expect(citationRis({ ...base, datasetVersion: 'x' })).not.toMatch(/^(PY|DA|N1) /m);
  });

  it('gives each record the ID that BibTeX gives the entry as its key, so that the two are one item', () => {
    const id = (input: Parameters<typeof citationRis>[0]) =>
      /^ID {2}- (.+)\r$/m.exec(citationRis(input))?.[1];
    const key = (input: Parameters<typeof citationBibtex>[0]) =>
      /^@misc\{(.+),$/m.exec(citationBibtex(input))?.[1];
    const view = { ...base, permalink: 'https://example.org/?kind=summit,call&from=2025' };
    const otherView = { ...base, permalink: 'https://example.org/?kind=summit' };
    const inputs = [{ ...base, event: budapest }, base, view, otherView];
    expect(inputs.map(id)).toEqual(inputs.map(key));
    expect(id({ ...base, event: budapest })).toBe('2025-10-budapest-summit');
    expect(id(base)).toBe('diplomatic-timeline-2026.11.27');
    // Two views cited together keep apart; the same view, its filters ticked in another order, does not.
    expect(id(view)).toMatch(/^diplomatic-timeline-2026\.11\.27-view-[0-9a-z]{7}$/);
    expect(id(view)).not.toBe(id(otherView));
    expect(id({ ...base, permalink: 'https://example.org/?from=2025&kind=call,summit' })).toBe(id(view));
  });
});
