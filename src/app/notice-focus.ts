/**
 * The notice whose Dismiss button takes the focus when `dismissed` goes: the one after it, else the
 * one before, so that the reader stays among the notices while any is left; null when none is.
 */
export function noticeToFocusAfter(notices: readonly string[], dismissed: string): string | null {
  const at = notices.indexOf(dismissed);
  if (at === -1) return null;
  return notices[at + 1] ?? notices[at - 1] ?? null;
}
