import type { Locator } from '@playwright/test';

/** WCAG relative luminance of a CSS colour as getComputedStyle gives it (rgb() or rgba(), taken as opaque). */
export function luminance(css: string): number {
  const [r, g, b] = css
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two CSS colours as getComputedStyle gives them (opaque). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** One computed style property of the element, such as its backgroundColor. */
export const styleOf = (locator: Locator, property: 'backgroundColor' | 'color' | 'fill') =>
  locator.evaluate((el, p) => getComputedStyle(el)[p], property);
