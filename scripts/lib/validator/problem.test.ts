import { expect, it } from 'vitest';
import { quote } from './problem.ts';

it('quotes any value without garbling the terminal', () => {
  expect(quote('call\u202e\u2066\u0007\n')).toBe('"call    "');
});
