import { describe, expect, it } from 'vitest';
import { noticeToFocusAfter } from './notice-focus';

describe('noticeToFocusAfter', () => {
  it('moves on to the next notice', () => {
    expect(noticeToFocusAfter(['a', 'b', 'c'], 'a')).toBe('b');
    expect(noticeToFocusAfter(['a', 'b', 'c'], 'b')).toBe('c');
  });

  it('goes back to the one before when the last is dismissed', () => {
    expect(noticeToFocusAfter(['a', 'b', 'c'], 'c')).toBe('b');
  });

  it('gives none when no other notice is left, or the notice is not there', () => {
    expect(noticeToFocusAfter(['a'], 'a')).toBeNull();
    expect(noticeToFocusAfter(['a'], 'z')).toBeNull();
    expect(noticeToFocusAfter([], 'a')).toBeNull();
  });
});
