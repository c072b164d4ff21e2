/** Space between an item's edge and its tooltip: small, for a short way from one to the other. */
export const TOOLTIP_GAP = 4;

/** Space kept between a tooltip and the edge of the window. */
export const TOOLTIP_MARGIN = 8;

/** Where an item is on the screen, and where along it its tooltip starts. */
export interface TooltipAnchor {
  /** The tooltip's wished-for left edge: the pointer, or the item's left. */
  x: number;
  /** The item's top and bottom edges. */
  top: number;
  bottom: number;
}

/**
 * The tooltip's top left corner: just below its item, so that it never covers the item it names, or
 * just above it when below would leave the window (an item at the foot of the screen, as the focus
 * leaves it); moved left, never past the window's left edge, so that its text is never squeezed
 * against the right edge or cut off there.
 */
export function fitTooltip(
  anchor: TooltipAnchor,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number } {
  const x = Math.max(TOOLTIP_MARGIN, Math.min(anchor.x, viewport.width - TOOLTIP_MARGIN - size.width));
  const below = anchor.bottom + TOOLTIP_GAP;
  const above = anchor.top - TOOLTIP_GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - TOOLTIP_MARGIN;
  return { x, y: !fitsBelow && above >= TOOLTIP_MARGIN ? above : below };
}
