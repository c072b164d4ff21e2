import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEPRECATED_LANGUAGES } from './deprecated-languages.ts';
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

it('refuses the codes IANA has deprecated, naming the current one', () => {
  for (const [old, current, name] of [
    ['iw', 'he', 'Hebrew'],
    ['in', 'id', 'Indonesian'],
    ['ji', 'yi', 'Yiddish'],
    ['jw', 'jv', 'Javanese'],
    ['mo', 'ro', 'Romanian'],
  ])
    expect(languageAdvice(old!), old).toBe(
      `"${old}" is a deprecated code for ${name}: use "${current}", its current code`,
    );
  // With a region, the tag keeps it.
  expect(languageAdvice('iw-IL')).toBe(
    '"iw-IL" is a deprecated code for Hebrew (Israel): use "he-IL", its current code',
  );
  // Whole tags the registry deprecates, and region codes no longer in use.
  expect(languageAdvice('zh-yue')).toBe(
    '"zh-yue" is a deprecated code for Cantonese: use "yue", its current code',
  );
  expect(languageAdvice('ZH-Yue')).toBe(
    '"ZH-Yue" is a deprecated code for Cantonese: use "yue", its current code',
  );
  expect(languageAdvice('my-BU')).toBe(
    '"my-BU" has a deprecated region code ("BU"): use "my-MM", its current code',
  );
  expect(languageAdvice('sr-YU')).toBe(
    '"sr-YU" has a region code no longer in use ("YU"): write the language alone ("sr")',
  );
});

it('refuses every code IANA has deprecated as deprecated, naming its current code, which then passes', () => {
  // ICU names neither "ajp" nor "apc": the registry's word is enough for both.
  expect(languageAdvice('ajp')).toBe('"ajp" is a deprecated code: use "apc", its current code');
  expect(languageAdvice('ajp-SY')).toBe('"ajp-SY" is a deprecated code: use "apc-SY", its current code');
  expect(languageAdvice('agp')).toBe(
    `"agp" is a deprecated code, with no replacement in IANA's language subtag registry: give the article's language as a BCP 47 tag, such as "en", "uk" or "ru"`,
  );
  for (const [old, current] of DEPRECATED_LANGUAGES) {
    const advice = languageAdvice(old);
    if (current === '')
      expect(advice, old).toMatch(new RegExp(`^"${old}" is a deprecated code, with no replacement`));
    else {
      expect(advice, old).toMatch(
        new RegExp(`^"${old}" is a deprecated code.*: use "${current}", its current code$`),
      );
      expect(languageAdvice(current), `${old} → ${current}`).toBeUndefined();
    }
  }
});

it('accepts a region or a script after a code ICU does not name but the registry prefers, not a made-up one', () => {
  for (const tag of ['hyw-AM', 'hyw-Armn', 'hyw-Armn-AM', 'apc-SY', 'apc-LB', 'vsn-IN', 'cls-IN'])
    expect(languageAdvice(tag), tag).toBeUndefined();
  expect(languageAdvice('hyw-XX')).toBe(
    '"hyw-XX" is not a known language: "XX" is no region or script; write the language alone ("hyw")',
  );
  expect(languageAdvice('apc-AM-abcde')).toBe(
    '"apc-AM-abcde" is not a known language: "abcde" is no region or script; write the language alone ("apc")',
  );
});

it('refuses the extended language subtags IANA has deprecated, naming what to write instead', () => {
  // The registry's Preferred-Value for "ar-ajp" is "ajp", itself deprecated for "apc".
  expect(languageAdvice('ar-ajp')).toBe(
    '"ar-ajp" has a deprecated extended language subtag ("ajp"): use "apc", its current code',
  );
  expect(languageAdvice('ar-AJP-SY')).toBe(
    '"ar-AJP-SY" has a deprecated extended language subtag ("AJP"): use "apc-SY", its current code',
  );
  expect(languageAdvice('apc-SY')).toBeUndefined();
  for (const tag of ['ar-bbz', 'sgn-lsg', 'sgn-rsi', 'sgn-yds'])
    expect(languageAdvice(tag), tag).toBe(
      `"${tag}" has a deprecated extended language subtag ("${tag.split('-')[1]}"), with no replacement in IANA's language subtag registry: give the article's language as a BCP 47 tag, such as "en", "uk" or "ru"`,
    );
});

it('refuses the variants IANA has deprecated, naming the tag its registry prefers, which then passes', () => {
  for (const [old, current] of [
    // Preferred-Value "alalc97"; the registry's comment gives the whole tag.
    ['ja-Latn-hepburn-heploc', 'ja-Latn-alalc97'],
    ['ja-Latn-heploc', 'ja-Latn-alalc97'],
    ['hy-arevela', 'hy'],
    ['hy-AREVELA', 'hy'],
    ['hy-AM-arevela', 'hy-AM'],
    ['hy-arevmda', 'hyw'],
    ['sa-laukika', 'cls'],
    ['sa-vaidika', 'vsn'],
  ]) {
    expect(languageAdvice(old!), old).toBe(
      `"${old}" has a deprecated variant ("${old!.split('-').at(-1)}"): use "${current}", the tag IANA's registry prefers`,
    );
    expect(languageAdvice(current!), current).toBeUndefined();
  }
  // Variants in use pass.
  for (const tag of ['ja-Latn-hepburn', 'de-1901', 'ca-valencia', 'sl-rozaj'])
    expect(languageAdvice(tag), tag).toBeUndefined();
});
