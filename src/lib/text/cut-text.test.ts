import { expect, it } from 'vitest';
import { cutText } from './cut-text';

it('counts a character outside the BMP as one, and never keeps half of it', () => {
  expect(cutText('ab😀c', 3)).toBe('ab😀');
  expect(cutText('ab😀c', 2)).toBe('ab');
  expect(cutText(`${'a'.repeat(199)}😀`, 200)).toBe(`${'a'.repeat(199)}😀`);
});

it('leaves shorter text as it is', () => {
  expect(cutText('abc', 3)).toBe('abc');
  expect(cutText('', 5)).toBe('');
  expect(cutText('abc', 0)).toBe('');
});

it('counts a lone surrogate as one character', () => {
  expect(cutText('\uD83Dab', 2)).toBe('\uD83Da');
  expect(cutText('\uDE00ab', 1)).toBe('\uDE00');
});
