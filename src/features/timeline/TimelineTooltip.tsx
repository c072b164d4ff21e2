import type { RefObject } from 'react';
import type { HoverGrace } from './tooltip-hover';
import { TOOLTIP_GAP } from './tooltip-place';
import type { Tooltip } from './use-timeline-tooltip';

/** The tooltip of an item or cluster, as text (dataset text is never markup), the dataset's own isolated. */
export function TimelineTooltip({
  tooltip,
  tooltipRef,
  graceRef,
  onClose,
}: {
  tooltip: Tooltip;
  tooltipRef: RefObject<HTMLDivElement | null>;
  graceRef: RefObject<HoverGrace | null>;
  onClose: () => void;
}) {
  return (
    <div
      className={tooltip.hover ? 'timeline__tooltip' : 'timeline__tooltip timeline__tooltip--focus'}
      role="tooltip"
      ref={tooltipRef}
      style={{ left: tooltip.anchor.x, top: tooltip.anchor.bottom + TOOLTIP_GAP }}
      onMouseEnter={() => graceRef.current?.enter('tooltip')}
      onMouseLeave={() => graceRef.current?.leave('tooltip')}
      // A press on the tooltip moves it out of the way: the next one reaches whatever it covered.
      onPointerDown={onClose}
    >
      {tooltip.text.slice(0, tooltip.data[0])}
      <bdi>{tooltip.text.slice(...tooltip.data)}</bdi>
      {tooltip.text.slice(tooltip.data[1])}
    </div>
  );
}
