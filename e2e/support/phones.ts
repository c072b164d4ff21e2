import { test } from '@playwright/test';

/** Phone screens, upright and on their side, as the tests of a reader on a phone use them. */
export const PHONES = {
  upright: { width: 390, height: 844 },
  'on its side': { width: 844, height: 390 },
  'small, upright': { width: 360, height: 640 },
  'small, on its side': { width: 640, height: 360 },
} as const;

/** Runs `tests` in a describe block of its own for each of the phones named, with touch. */
export function onPhones(names: readonly (keyof typeof PHONES)[], tests: () => void): void {
  for (const name of names)
    test.describe(`on a phone ${name}`, () => {
      test.use({ viewport: PHONES[name], isMobile: true, hasTouch: true });
      tests();
    });
}
