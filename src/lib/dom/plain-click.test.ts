import { describe, expect, it } from 'vitest';
import { isPlainClick } from './plain-click';

const plain = {
  button: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};

describe('isPlainClick', () => {
  it('takes a primary click with no modifier', () => {
    expect(isPlainClick(plain)).toBe(true);
  });

  it.each(['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const)(
    'leaves a click with %s to the browser',
    (key) => {
      expect(isPlainClick({ ...plain, [key]: true })).toBe(false);
    },
  );

  it.each([1, 2])('leaves button %i (middle, secondary) to the browser', (button) => {
    expect(isPlainClick({ ...plain, button })).toBe(false);
  });

  it('leaves a click already handled', () => {
    expect(isPlainClick({ ...plain, defaultPrevented: true })).toBe(false);
  });
});
