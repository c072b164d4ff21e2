import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import {
  DEPRECATED_EXTLANGS,
  DEPRECATED_LANGUAGES,
  DEPRECATED_REGIONS,
  DEPRECATED_TAGS,
  DEPRECATED_VARIANTS,
  PREFERRED_VARIANT_TAGS,
} from './deprecated-languages.ts';

interface Record {
  Type: string;
  Subtag?: string;
  Tag?: string;
  Deprecated?: string;
  'Preferred-Value'?: string;
  Prefix?: string[];
  Comments?: string[];
}

const registry = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('language-subtag-registry/data/json/registry.json'),
    'utf8',
  ),
) as Record[];

const deprecated = (types: string[], key: 'Subtag' | 'Tag') =>
  new Map(
    registry
      .filter((r) => types.includes(r.Type) && r.Deprecated !== undefined)
      .map((r) => [r[key]!, r['Preferred-Value'] ?? '']),
  );

it("holds what IANA's registry deprecates, as the language-subtag-registry package ships it", () => {
  // Updated the package? Copy the pairs the failure shows into deprecated-languages.ts.
  expect(DEPRECATED_LANGUAGES).toEqual(deprecated(['language'], 'Subtag'));
  expect(DEPRECATED_REGIONS).toEqual(deprecated(['region'], 'Subtag'));
  expect(DEPRECATED_TAGS).toEqual(deprecated(['grandfathered', 'redundant'], 'Tag'));
  expect(DEPRECATED_LANGUAGES.get('iw')).toBe('he');
});

it("holds the extended language subtags IANA's registry deprecates, after their prefix, with its value", () => {
  const extlangs = registry.filter((r) => r.Type === 'extlang' && r.Deprecated !== undefined);
  expect(DEPRECATED_EXTLANGS).toEqual(
    new Map(
      extlangs.flatMap((r) =>
        (r.Prefix ?? []).map((prefix): [string, string] => [
          `${prefix}-${r.Subtag}`,
          r['Preferred-Value'] ?? '',
        ]),
      ),
    ),
  );
  expect(DEPRECATED_EXTLANGS.get('ar-ajp')).toBe('ajp');
});

it("holds the variants IANA's registry deprecates, with the tag it prefers", () => {
  const variants = registry.filter((r) => r.Type === 'variant' && r.Deprecated !== undefined);
  expect(DEPRECATED_VARIANTS).toEqual(new Map(variants.map((r) => [r.Subtag!, r['Preferred-Value'] ?? ''])));
  // The registry gives the whole tag only in a comment ("Preferred tag is ja-Latn-alalc97"), for each prefix.
  expect(PREFERRED_VARIANT_TAGS).toEqual(
    new Map(
      variants.flatMap((r) => {
        const tag = /^Preferred tag is (\S+)$/.exec(r.Comments?.at(-1) ?? '')?.[1];
        return tag === undefined
          ? []
          : (r.Prefix ?? []).map((prefix): [string, string] => [`${prefix}-${r.Subtag}`, tag]);
      }),
    ),
  );
  expect(DEPRECATED_VARIANTS.get('heploc')).toBe('alalc97');
});
