import { describe, expect, it } from 'vitest';
import { datasetCitationId } from './citation-input';

const id = (permalink: string) => datasetCitationId({ datasetVersion: '2026.11.27', permalink });
const plain = 'diplomatic-timeline-2026.11.27';
const span = 'span=2025-01-15,2025-06-30';

describe('datasetCitationId', () => {
  it('keeps the plain key for the whole dataset, whatever follows the address', () => {
    expect(id('https://example.org/timeline/')).toBe(plain);
    expect(id('https://example.org/timeline/?')).toBe(plain);
    expect(id('https://example.org/timeline/#about')).toBe(plain);
    // Parameters the app ignores or empties open the whole dataset too.
    expect(id('https://example.org/timeline/?q=&event=&utm_source=x')).toBe(plain);
  });

  it('gives views that differ only in what the address names their own keys', () => {
    const views = [
      'https://x.org/',
      'https://x.org/?event=2025-05-16-istanbul-talks-round-1',
      'https://x.org/?event=2025-10-budapest-summit',
      `https://x.org/?${span}`,
      'https://x.org/?span=2025-01-15,2025-07-30',
      'https://x.org/?kind=summit',
      'https://x.org/?kind=summit&event=2025-10-budapest-summit',
      'https://x.org/?view=list',
    ];
    const keys = views.map(id);
    expect(new Set(keys).size).toBe(views.length);
    for (const key of keys.slice(1))
      expect(key).toMatch(/^diplomatic-timeline-2026\.11\.27-view-[0-9a-z]{7}$/);
  });

  it('gives the same view one key, in whatever order its address names it', () => {
    const key = id(`https://x.org/?kind=summit,call&q=R+D&${span}&event=e1`);
    expect(id(`https://x.org/?event=e1&${span}&q=R%20D&kind=summit,call`)).toBe(key);
    expect(id(`https://x.org/?${span}&kind=call,summit&event=e1&q=R+D`)).toBe(key);
    expect(id(`https://x.org/?kind=call&event=e1&kind=summit&q=R+D&${span}`)).toBe(key);
    // The site's address and the fragment are not the view.
    expect(id(`http://localhost:4173/?event=e1&q=R+D&kind=summit,call&${span}#x`)).toBe(key);
  });
});
