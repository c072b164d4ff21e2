import { describe, expect, it } from 'vitest';
import { foldIcsLines, unfoldIcsLines } from './fold-ics-lines';

const octets = (s: string) => new TextEncoder().encode(s).length;
const physicalLines = (text: string) => text.split('\r\n');

describe('foldIcsLines', () => {
  it('leaves lines of up to 75 octets alone', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldIcsLines(`${line}\r\n`)).toBe(`${line}\r\n`);
  });

  it('folds by octets, not characters, so Cyrillic lines stay within 75 octets', () => {
    const line = `SUMMARY:${'Переговоры в Стамбуле\\, '.repeat(8)}`;
    const folded = foldIcsLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT\r\n`);
    const lines = physicalLines(folded);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    // Continuation lines start with one space; the first octet-full line is not cut short.
    expect(lines.slice(2, -3).every((l) => l.startsWith(' '))).toBe(true);
    expect(octets(lines[1] ?? '')).toBeGreaterThanOrEqual(74);
    expect(unfoldIcsLines(folded)).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT\r\n`);
  });

  it('never splits a character, four-octet ones included', () => {
    const line = `DESCRIPTION:${'İ🇺🇦ç'.repeat(40)}`;
    const folded = foldIcsLines(line);
    for (const l of physicalLines(folded)) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(unfoldIcsLines(folded)).toBe(line);
  });

  it('refolds text that was folded at 75 characters with tabs', () => {
    const line = `SUMMARY:${'ы'.repeat(100)}`;
    const byCharacters = `${line.slice(0, 75)}\r\n\t${line.slice(75)}`;
    expect(unfoldIcsLines(foldIcsLines(byCharacters))).toBe(line);
    for (const l of physicalLines(foldIcsLines(byCharacters))) expect(octets(l)).toBeLessThanOrEqual(75);
  });
});
