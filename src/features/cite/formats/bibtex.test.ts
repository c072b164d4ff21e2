import { describe, expect, it } from 'vitest';
import { budapest, istanbul, vocabulary } from '../../export/formats/tricky-events.fixture';
import { bibtexKey, citationBibtex, escapeBibtex } from './bibtex';

const accessed = new Date(2026, 10, 27, 12);
const base = { datasetVersion: '2026.11.27', accessed };

/** True when every brace is matched, counted as BibTeX counts them: a backslash escapes none. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth += 1;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * True when the entry and each of its fields is balanced on its own: a stray } in the title and a stray {
 * in the note would balance the entry as a whole, yet BibTeX would end the title early.
 */
function fieldsBalanced(entry: string): boolean {
  const values = [...entry.matchAll(/^ {2}\w+ *= \{(.*)\},$/gm)].map((m) => m[1]!);
  return values.length > 0 && balanced(entry) && values.every(balanced);
}

describe('escapeBibtex', () => {
  it('escapes each LaTeX special character once', () => {
    expect(escapeBibtex('{a} \\ b 100% & $5 #1 under_score ~tilde ^caret')).toBe(
      '\\textbraceleft{}a\\textbraceright{} \\textbackslash{} b 100\\% \\& \\$5 \\#1 under\\_score \\textasciitilde{}tilde \\textasciicircum{}caret',
    );
  });

  it('keeps non-ASCII text as UTF-8 and puts the text on one line', () => {
    expect(escapeBibtex('Переговоры в Стамбуле,\nDolmabahçe Sarayı — İstanbul')).toBe(
      'Переговоры в Стамбуле, Dolmabahçe Sarayı — İstanbul',
    );
  });
});

describe('citationBibtex', () => {
  it('writes a @misc entry for an event, keyed by its id', () => {
    const entry = citationBibtex({
      ...base,
      event: { ...istanbul, title: 'Talks {1}: 50% & $ #2 a_b ~ ^ \\ in İstanbul' },
      vocabulary,
      permalink: 'https://example.org/#/event/2025-05-16-istanbul-talks-round-1',
    });
    expect(entry).toBe(
      [
        '@misc{2025-05-16-istanbul-talks-round-1,',
        '  author       = {{Diplomatic Timeline}},',
        '  title        = {{Talks \\textbraceleft{}1\\textbraceright{}: 50\\% \\& \\$ \\#2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} in İstanbul}},',
        '  howpublished = {Diplomatic Timeline, dataset version 2026.11.27},',
        '  year         = {2026},',
        '  version      = {2026.11.27},',
        '  url          = {https://example.org/#/event/2025-05-16-istanbul-talks-round-1},',
        '  urldate      = {2026-11-27},',
        '  note         = {Event 2025-05-16-istanbul-talks-round-1, 16 May 2025, İstanbul, Türkiye. Accessed 27 November 2026},',
        '}',
        '',
      ].join('\n'),
    );
    expect(fieldsBalanced(entry)).toBe(true);
  });

  it('counts braces as BibTeX does, so that a backslash does not hide one', () => {
    expect(balanced('{a \\} b}')).toBe(false);
    expect(balanced('{a \\{ b}')).toBe(false);
    expect(balanced('{a \\textbraceright{} b}')).toBe(true);
  });

  const stray = ['{', '}', '}{', 'a}{b', '{{', '\\', '\\}', '\\{', 'Переговоры {в} Стамбуле\\'];
  const mixed = 'R&D {100% $5} #1 a_b ~ ^ \\ } end {';

  it('keeps every field balanced for titles with lone braces, alone or among other specials', () => {
    for (const title of [...stray, mixed]) {
      const entry = citationBibtex({ ...base, event: { ...istanbul, title }, permalink: 'https://x.org/' });
      expect(fieldsBalanced(entry), title).toBe(true);
    }
  });

  it('writes a lone brace as a command, and the other specials as before around it', () => {
    const title = (t: string) =>
      /^ {2}title += (.*),$/m.exec(
        citationBibtex({ ...base, event: { ...istanbul, title: t }, permalink: 'https://x.org/' }),
      )![1];
    expect(title('{')).toBe('{{\\textbraceleft{}}}');
    expect(title('}')).toBe('{{\\textbraceright{}}}');
    expect(title('}{')).toBe('{{\\textbraceright{}\\textbraceleft{}}}');
    expect(title(mixed)).toBe(
      '{{R\\&D \\textbraceleft{}100\\% \\$5\\textbraceright{} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textbraceright{} end \\textbraceleft{}}}',
    );
  });

  it('keeps every field balanced for a view description with lone braces', () => {
    for (const viewDescription of [...stray, mixed, 'Search “budapest}”']) {
      const entry = citationBibtex({
        ...base,
        permalink: 'https://x.org/?q=budapest%7D',
        viewDescription,
        eventCount: 1,
      });
      expect(fieldsBalanced(entry), viewDescription).toBe(true);
    }
  });

  it('percent-encodes only what would break the url field', () => {
    const entry = citationBibtex({
      ...base,
      event: budapest,
      permalink: 'https://x.org/a b/{c}\\d?e=1%20#f',
    });
    expect(entry).toContain('url          = {https://x.org/a%20b/%7Bc%7D%5Cd?e=1%20#f},');
    expect(entry).toContain(
      'note         = {Event 2025-10-budapest-summit, October 2025, cancelled, Budapest, HU.',
    );
  });

  it('cites the dataset and the current view, escaping the view description', () => {
    const entry = citationBibtex({
      ...base,
      permalink: 'https://example.org/?q=x',
      viewDescription: 'Search: "R&D" 100%',
      eventCount: 3,
    });
    expect(entry).toMatch(/^@misc\{diplomatic-timeline-2026\.11\.27-view-[0-9a-z]{7},\n/);
    expect(entry).toContain(
      '  title        = {{Diplomatic Timeline: a source-linked chronology of Russia–Ukraine war diplomacy}},',
    );
    expect(entry).toContain('  howpublished = {Data set},');
    expect(entry).toContain(
      '  note         = {View: Search: "R\\&D" 100\\% (3 events). Accessed 27 November 2026},',
    );
    expect(fieldsBalanced(entry)).toBe(true);
  });

  it('gives each cited view its own key, the same view the same key, and the whole dataset the plain one', () => {
    const key = (permalink: string, viewDescription?: string) =>
      /^@misc\{([^,]+),/.exec(citationBibtex({ ...base, permalink, viewDescription }))![1];
    expect(key('https://x.org/')).toBe('diplomatic-timeline-2026.11.27');
    // An open event or a span leaves the filter description empty: only the address tells these apart.
    const keys = [
      key('https://x.org/'),
      key('https://x.org/?event=2025-10-budapest-summit'),
      key('https://x.org/?span=2025-01-15,2025-06-30'),
      key('https://x.org/?kind=summit', 'Kind: summit'),
      key('https://x.org/?kind=call', 'Kind: call'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(key('https://x.org/?kind=summit&span=2025-01-15,2025-06-30', 'Kind: summit')).toBe(
      key('https://x.org/?span=2025-01-15,2025-06-30&kind=summit', 'Kind: summit'),
    );
  });

  it('leaves out the year when the version is not a date', () => {
    const entry = citationBibtex({ ...base, datasetVersion: '1.2_beta', permalink: 'https://x.org/' });
    expect(entry).not.toContain('year');
    expect(entry).toContain('version      = {1.2\\_beta},');
    expect(entry.startsWith('@misc{diplomatic-timeline-1.2_beta,')).toBe(true);
  });

  it('makes keys without spaces, commas, braces or quotes', () => {
    expect(bibtexKey('2025-05-16-istanbul-talks-round-1')).toBe('2025-05-16-istanbul-talks-round-1');
    expect(bibtexKey('a b,c{d}"e')).toBe('a-b-c-d-e');
  });
});
