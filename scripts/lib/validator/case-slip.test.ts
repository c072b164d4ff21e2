import { expect, it } from 'vitest';
import { caseSlip } from './case-slip.ts';

const party = /^[A-Z][A-Z0-9-]{1,15}$/;
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const language = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

it('names the known code that differs only in case', () => {
  expect(caseSlip('ua', party, ['RU', 'UA'])).toBe('UA');
  expect(caseSlip('Russia-Ukraine', kebab, ['us-russia', 'russia-ukraine'])).toBe('russia-ukraine');
});

it('suggests nothing for a code the vocabulary does not know in any case', () => {
  expect(caseSlip('xx', party, ['RU', 'UA'])).toBeUndefined();
  expect(caseSlip('uk', party, ['GB', 'UA'])).toBeUndefined();
});

it('changes the case to fit the pattern of a field with no list', () => {
  expect(caseSlip('Istanbul-Process', kebab)).toBe('istanbul-process');
  expect(caseSlip('EN', language)).toBe('en');
  expect(caseSlip('EN-GB', language)).toBe('en-GB');
  expect(caseSlip('black_sea', kebab)).toBeUndefined();
});
