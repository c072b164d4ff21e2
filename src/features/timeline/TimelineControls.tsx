interface Props {
  earlier: () => void;
  later: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  latest: () => void;
}

export function TimelineControls({ earlier, later, zoomIn, zoomOut, fit, latest }: Props) {
  return (
    <div className="timeline__controls" role="toolbar" aria-label="Timeline navigation">
      {/* Dragging is the only other way to move the timeline along: these are the keyboard's. */}
      <button type="button" onClick={earlier} aria-label="Earlier">
        <span aria-hidden="true">←</span> Earlier
      </button>
      <button type="button" onClick={later} aria-label="Later">
        Later <span aria-hidden="true">→</span>
      </button>
      <button type="button" onClick={zoomIn} aria-label="Zoom in">
        <span aria-hidden="true">+</span> Zoom in
      </button>
      <button type="button" onClick={zoomOut} aria-label="Zoom out">
        <span aria-hidden="true">−</span> Zoom out
      </button>
      <button type="button" onClick={fit}>
        Fit all
      </button>
      <button type="button" onClick={latest}>
        Latest
      </button>
    </div>
  );
}
