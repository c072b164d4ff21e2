import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { languageAdvice } from './languages.ts';

const EVENTS = 'data/events';

function languagesInTheData(): string[] {
  const codes = new Set<string>();
  for (const year of readdirSync(EVENTS))
    for (const file of readdirSync(join(EVENTS, year)).filter((f) => f.endsWith('.json'))) {
      const event = JSON.parse(readFileSync(join(EVENTS, year, file), 'utf8')) as {
        sources: { language: string }[];
      };
      for (const s of event.sources) codes.add(s.language);
    }
  return [...codes].sort();
}

it('accepts every language of the real data, and tags with a region or a script', () => {
  const codes = languagesInTheData();
  expect(codes).toContain('uk');
  for (const code of [
    ...codes,
    'be',
    'ka',
    'kk',
    'crh',
    'fil',
    'en-GB',
    'pt-BR',
    'sr-Latn',
    'zh-Hant',
    'es-419',
  ])
    expect(languageAdvice(code), code).toBeUndefined();
});

it('refuses codes of the right shape that are no language, saying what to write', () => {
  for (const code of ['xx', 'zzz', 'qaa', 'und', 'zxx'])
    expect(languageAdvice(code), code).toBe(
      `"${code}" is not a known language: give the article's language as a BCP 47 tag, such as "en", "uk" or "ru"`,
    );
  expect(languageAdvice('jp')).toBe(
    '"jp" is not a known language (it is the country code of Japan): did you mean "ja" (Japanese)?',
  );
  expect(languageAdvice('uk-XX')).toBe(
    '"uk-XX" is not a known language: "XX" is no region or script; write the language alone ("uk")',
  );
});
