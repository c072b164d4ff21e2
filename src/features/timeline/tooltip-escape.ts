import { escapeHandledElsewhere } from '../../lib/dom/escape-handled-elsewhere';

/**
 * What a key does to a tooltip on the screen. Escape hides it, from wherever the focus is (WCAG 1.4.13:
 * what appears on hover or focus can be dismissed without moving either). It is the nearest thing to
 * the reader, so that Escape is the tooltip's alone ('hide-only': an open panel behind stays open),
 * unless a menu, a field or a dialog the focus is in uses Escape too: then both act on it.
 */
export function tooltipKey(e: KeyboardEvent): 'none' | 'hide' | 'hide-only' {
  if (e.key !== 'Escape') return 'none';
  return escapeHandledElsewhere(e) ? 'hide' : 'hide-only';
}
