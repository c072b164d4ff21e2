import { describe, expect, it } from 'vitest';
import { budapest, istanbul, vocabulary } from '../../export/formats/tricky-events.fixture';
import { citationRis } from './ris';

const accessed = new Date(2026, 10, 27, 12);
const base = { datasetVersion: '2026.11.27', accessed, permalink: 'https://example.org/#/e' };

describe('citationRis', () => {
  it('writes a GEN record for an event, one tag per CRLF line, closed by ER', () => {
    expect(citationRis({ ...base, event: istanbul, vocabulary })).toBe(
      [
        'TY  - GEN',
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

  it('writes a DATA record for the dataset or the view', () => {
    const ris = citationRis({ ...base, viewDescription: 'Kind: summit', eventCount: 2 });
    expect(ris.startsWith('TY  - DATA\r\nTI  - Diplomatic Timeline: ')).toBe(true);
    expect(ris).toContain('N1  - View: Kind: summit (2 events).\r\nER  - \r\n');
    expect(citationRis({ ...base, datasetVersion: 'x' })).not.toMatch(/^(PY|DA|N1) /m);
  });
});
