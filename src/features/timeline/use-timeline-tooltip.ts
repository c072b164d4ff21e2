import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { tooltipKey } from './tooltip-escape';
import type { HoverGrace } from './tooltip-hover';
import { fitTooltip, type TooltipAnchor } from './tooltip-place';

/** A tooltip's words: the dataset's text (a title, a lane's name) between the app's own. */
export interface TooltipText {
  text: string;
  /** Where the dataset's text is in `text`: drawn isolated, so that no word or date beside it moves into it. */
  data: readonly [start: number, end: number];
}

/** The words `before`, the dataset's `data`, and the words `after`, as one tooltip text. */
export function tooltipWords(before: string, data: string, after: string): TooltipText {
  return { text: before + data + after, data: [before.length, before.length + data.length] };
}

export interface Tooltip extends TooltipText {
  /** The item or cluster it names. */
  id: string;
  /** Where its item is on the screen; fitTooltip places the tooltip from it once its size is known. */
  anchor: TooltipAnchor;
  /** Brought by the pointer, which may move onto it; otherwise by the focus, which it follows. */
  hover: boolean;
}

/**
 * Where the tooltip of `target` is anchored: its item's edges, at `x` but not left of the timeline,
 * where a long range that began before the window has its left edge.
 */
export function tooltipAnchor(target: Element, x: number, canvas: Element): TooltipAnchor {
  const box = (target.closest('.vis-item') ?? target).getBoundingClientRect();
  return { x: Math.max(x, canvas.getBoundingClientRect().left), top: box.top, bottom: box.bottom };
}

/** Moves a drawn tooltip to where fitTooltip says, now that its size is known. */
function placeTooltip(el: HTMLElement, anchor: TooltipAnchor): void {
  const { x, y } = fitTooltip(
    anchor,
    { width: el.offsetWidth, height: el.offsetHeight },
    { width: document.documentElement.clientWidth, height: window.innerHeight },
  );
  el.style.left = `${x}px`;
  el.style.top = `${y}px`;
}

/**
 * The timeline's one tooltip: shown by the pointer or the focus (TimelineView), placed on the screen
 * once its size is known, following its item as the page scrolls, and gone with Escape.
 */
export function useTimelineTooltip(container: RefObject<HTMLElement | null>) {
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  // The pointer's grace (tooltip-hover.ts), set once the timeline exists.
  const graceRef = useRef<HoverGrace | null>(null);
  // However the tooltip goes, any hide the pointer had set off goes with it.
  const closeTooltip = useCallback(() => {
    graceRef.current?.reset();
    setTooltip(null);
  }, []);

  // Its size is known only once drawn: moved before it is painted, so it never shows cut off at the
  // window's edge. Written to the element, not kept in state: it runs on every frame of a scroll.
  const tooltipRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (tooltip && tooltipRef.current) placeTooltip(tooltipRef.current, tooltip.anchor);
  }, [tooltip]);

  // The tooltip is fixed to the screen and the page scrolls under it (the focus scrolls its item into
  // view; a wheel moves the page with the focus left where it was): it follows its item, or goes with it.
  useEffect(() => {
    if (!tooltip) return;
    const selector = `[data-event-id="${CSS.escape(tooltip.id)}"], [data-cluster-id="${CSS.escape(tooltip.id)}"]`;
    const follow = () => {
      const item = container.current?.querySelector(selector)?.closest('.vis-item');
      if (!item) {
        closeTooltip();
        return;
      }
      const box = item.getBoundingClientRect();
      if (tooltipRef.current)
        placeTooltip(tooltipRef.current, { x: tooltip.anchor.x, top: box.top, bottom: box.bottom });
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', follow, { capture: true });
  }, [tooltip, closeTooltip, container]);

  const tooltipShown = tooltip !== null;
  useEffect(() => {
    if (!tooltipShown) return;
    const onKey = (e: KeyboardEvent) => {
      const act = tooltipKey(e);
      if (act === 'none') return;
      // Handled: the event panel, which listens for Escape on the document, leaves this one alone.
      if (act === 'hide-only') e.preventDefault();
      closeTooltip();
    };
    // Captured, so that the tooltip answers before whatever else Escape would close.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [tooltipShown, closeTooltip]);

  return { tooltip, setTooltip, closeTooltip, graceRef, tooltipRef };
}
