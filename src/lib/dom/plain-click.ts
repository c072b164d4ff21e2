/**
 * A click the page may take over: the primary button, no modifier key. Any other asks the browser for
 * something of its own with a link (Ctrl or ⌘: a new tab; Shift: a new window; Alt: a download), and
 * one already handled is left alone.
 */
export function isPlainClick(
  e: Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>,
): boolean {
  return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;
}
