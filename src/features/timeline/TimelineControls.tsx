import { useRef, useState, type ReactNode } from 'react';
import { rovingIndex } from '../../lib/dom/roving-index';

interface Props {
  earlier: () => void;
  later: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  latest: () => void;
}

interface Control {
  /** The accessible name, where the drawn words carry a symbol a screen reader would read out. */
  label?: string;
  content: ReactNode;
  onClick: () => void;
}

export function TimelineControls({ earlier, later, zoomIn, zoomOut, fit, latest }: Props) {
  // Dragging is the only other way to move the timeline along: these are the keyboard's.
  const controls: Control[] = [
    {
      label: 'Earlier',
      content: (
        <>
          <span aria-hidden="true">←</span> Earlier
        </>
      ),
      onClick: earlier,
    },
    {
      label: 'Later',
      content: (
        <>
          Later <span aria-hidden="true">→</span>
        </>
      ),
      onClick: later,
    },
    {
      label: 'Zoom in',
      content: (
        <>
          <span aria-hidden="true">+</span> Zoom in
        </>
      ),
      onClick: zoomIn,
    },
    {
      label: 'Zoom out',
      content: (
        <>
          <span aria-hidden="true">−</span> Zoom out
        </>
      ),
      onClick: zoomOut,
    },
    { content: 'Fit all', onClick: fit },
    { content: 'Latest', onClick: latest },
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
          ref={(el) => void (buttons.current[i] = el)}
          tabIndex={i === current ? 0 : -1}
          onClick={c.onClick}
          aria-label={c.label}
        >
          {c.content}
        </button>
      ))}
    </div>
  );
}
