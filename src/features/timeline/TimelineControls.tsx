import { useRef, useState, type ReactNode } from 'react';
import { rovingIndex } from '../../lib/dom/roving-index';
import { announce } from '../../store/app-store';

interface Props {
  earlier: () => void;
  later: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  latest: () => void;
  /** Whether Earlier and Later are at their stop (panStops). */
  stops: { earlier: boolean; later: boolean };
}

interface Control {
  /** The accessible name: it holds every word the button shows, at any width (WCAG 2.5.3). */
  label: string;
  content: ReactNode;
  onClick: () => void;
  /** Why the control would do nothing now, read with it; none when it would. */
  off?: string;
}

/** What Earlier and Later say at their stop: no event lies beyond the dates shown either way. */
export const EARLIER_OFF = 'No event is earlier than the dates shown.';
export const LATER_OFF = 'No event is later than the dates shown.';

/** A symbol beside the words, which a screen reader would read out; on a phone it stands above them. */
const symbol = (s: string) => (
  <span className="timeline__symbol" aria-hidden="true">
    {s}
  </span>
);
/** Words a phone leaves out, so that the six controls fit one row of a 320-pixel screen. */
const wideOnly = (s: string) => <span className="timeline__wide-only">{s}</span>;

export function TimelineControls({ earlier, later, zoomIn, zoomOut, fit, latest, stops }: Props) {
  // Dragging is the only other way to move the timeline along: these are the keyboard's.
  // On a phone they read ← Earlier, → Later, + In, − Out, Fit, Latest (timeline.css).
  const controls: Control[] = [
    {
      label: 'Earlier',
      content: <>{symbol('←')} Earlier</>,
      onClick: earlier,
      off: stops.earlier ? EARLIER_OFF : undefined,
    },
    {
      label: 'Later',
      content: <>Later {symbol('→')}</>,
      onClick: later,
      off: stops.later ? LATER_OFF : undefined,
    },
    {
      label: 'Zoom in',
      content: (
        <>
          {symbol('+')} {wideOnly('Zoom ')}
          <span className="timeline__caption">in</span>
        </>
      ),
      onClick: zoomIn,
    },
    {
      label: 'Zoom out',
      content: (
        <>
          {symbol('−')} {wideOnly('Zoom ')}
          <span className="timeline__caption">out</span>
        </>
      ),
      onClick: zoomOut,
    },
    { label: 'Fit all', content: <>Fit{wideOnly(' all')}</>, onClick: fit },
    { label: 'Latest', content: 'Latest', onClick: latest },
  ];
  // One Tab stop for the toolbar, the control last used; the arrow keys move between its controls.
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  return (
    <div
      className="timeline__controls"
      role="toolbar"
      aria-label="Timeline navigation"
      onKeyDown={(e) => {
        // Alt+Left is the browser's Back, and other modified arrows are the reader's own shortcuts.
        if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        const next = rovingIndex(e.key, current, controls.length);
        if (next === null) return;
        e.preventDefault();
        buttons.current[next]?.focus();
      }}
      // Whichever control gets the focus (by an arrow key or a click) is the one Tab comes back to.
      onFocus={(e) => {
        const focused: EventTarget = e.target;
        const at = buttons.current.findIndex((b) => b === focused);
        if (at !== -1) setCurrent(at);
      }}
    >
      {controls.map((c, i) => (
        <button
          key={i}
          type="button"
          className="timeline__control"
          ref={(el) => void (buttons.current[i] = el)}
          tabIndex={i === current ? 0 : -1}
          // Off, it keeps the focus and its place among the arrow keys (disabled, it would lose both, and
          // the toolbar its Tab stop when it was the one), and says why; a press moves nothing, and says it
          // again, as a press that moves says the span it leaves.
          aria-disabled={c.off ? true : undefined}
          aria-describedby={c.off ? `timeline-control-off-${i}` : undefined}
          onClick={c.off ? () => announce(c.off!) : c.onClick}
          // Named in full even where a phone hides some of the words.
          aria-label={c.label}
        >
          {c.content}
        </button>
      ))}
      {controls.map(
        (c, i) =>
          c.off && (
            <span key={i} id={`timeline-control-off-${i}`} className="visually-hidden">
              {c.off}
            </span>
          ),
      )}
    </div>
  );
}
