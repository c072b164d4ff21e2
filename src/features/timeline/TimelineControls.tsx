interface Props {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  latest: () => void;
}

export function TimelineControls({ zoomIn, zoomOut, fit, latest }: Props) {
  return (
    <div className="timeline__controls" role="toolbar" aria-label="Timeline navigation">
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
