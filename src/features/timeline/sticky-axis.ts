import type { Timeline } from 'vis-timeline/esnext';

/** Whether the copy of the axis is wanted: the axis scrolled out above while the lanes are still in view. */
export function axisWanted(axisBottom: number, lanesBottom: number, barHeight: number): boolean {
  return axisBottom <= 0 && lanesBottom > barHeight;
}

/**
 * Keeps the dates in sight on a timeline taller than the screen. vis-timeline draws its axis at the top of
 * the lanes, and the page, not the timeline, scrolls (its height is not capped: see timeline-options.ts),
 * so on a laptop the lower lanes were read with no year above them. Once the axis has scrolled out above,
 * `holder` (a sticky element just before the canvas) shows a copy of it, redone after each drawing.
 * The copy is for the eye only: the axis itself stays where it is for everything else.
 */
export function stickAxis(timeline: Timeline, canvas: HTMLElement, holder: HTMLElement): () => void {
  const bar = document.createElement('div');
  bar.className = 'timeline__sticky-bar';
  bar.hidden = true;
  holder.replaceChildren(bar);

  const copy = () => {
    const panel = canvas.querySelector<HTMLElement>('.vis-panel.vis-top');
    const axis = panel?.querySelector<HTMLElement>('.vis-time-axis');
    if (!panel || !axis) return;
    const clone = axis.cloneNode(true) as HTMLElement;
    // Its hidden rulers (vis-timeline measures text with them) are not labels.
    for (const ruler of clone.querySelectorAll('.vis-measure')) ruler.remove();
    const frame = document.createElement('div');
    frame.className = 'timeline__sticky-axis';
    // Inline sizes vis-timeline set on its panel: read without a layout.
    frame.style.left = panel.style.left;
    frame.style.width = panel.style.width;
    frame.append(clone);
    bar.replaceChildren(frame);
  };

  let frameId = 0;
  const check = () => {
    frameId = 0;
    const panel = canvas.querySelector<HTMLElement>('.vis-panel.vis-top');
    if (!panel) return;
    const wanted = axisWanted(
      panel.getBoundingClientRect().bottom,
      canvas.getBoundingClientRect().bottom,
      panel.offsetHeight,
    );
    if (wanted && bar.hidden) copy();
    bar.hidden = !wanted;
  };
  // Checked once a frame at most, from the frame's own callback, where the layout is clean.
  const schedule = () => {
    if (frameId === 0) frameId = requestAnimationFrame(check);
  };
  // After a drawing the copy shown is redone; and a filter that empties lanes shortens the timeline
  // without a scroll, so whether it is wanted is checked again.
  const redrawn = () => {
    if (!bar.hidden) copy();
    schedule();
  };

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  timeline.on('changed', redrawn);
  return () => {
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    timeline.off('changed', redrawn);
    cancelAnimationFrame(frameId);
    holder.replaceChildren();
  };
}
