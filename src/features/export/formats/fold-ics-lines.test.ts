import { describe, expect, it } from 'vitest';
import { foldIcsLine } from './fold-ics-lines';
import { unfoldIcsLines } from './ics-test-helpers';

const octets = (s: string) => new TextEncoder().encode(s).length;
const physicalLines = (text: string) => text.split('\r\n');

describe('foldIcsLine', () => {
  it('leaves lines of up to 75 octets alone', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldIcsLine(line)).toBe(line);
  });

  it('folds by octets, not characters, so Cyrillic lines stay within 75 octets', () => {
    const line = `SUMMARY:${'Переговоры в Стамбуле\\, '.repeat(8)}`;
    const folded = foldIcsLine(line);
    const lines = physicalLines(folded);
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    // Continuation lines start with one space; the first octet-full line is not cut short.
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(octets(lines[0] ?? '')).toBeGreaterThanOrEqual(74);
    expect(unfoldIcsLines(folded)).toBe(line);
  });

  it('never splits a character, four-octet ones included', () => {
    const line = `DESCRIPTION:${'İ🇺🇦ç'.repeat(40)}`;
    const folded = foldIcsLine(line);
    for (const l of physicalLines(folded)) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(unfoldIcsLines(folded)).toBe(line);
  });
});
