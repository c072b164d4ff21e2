import { useLayoutEffect, type RefObject } from 'react';

/**
 * How far below the top of the view's column the event panel begins, beside a wide view (app.css): level
 * with the timeline's drawing, or with the list. The controls above it (the view switch, the exports, the
 * chart, the timeline's buttons and hint) keep the page's width, as with no panel; beside the panel they
 * wrapped into more rows and took the timeline 200 px down a 1024 px screen as an event opened.
 */
export function panelDrop(main: HTMLElement): number {
  const view = main.querySelector('.timeline__canvas') ?? main.querySelector('.workspace__view');
  if (!view) return 0;
  return Math.max(0, Math.round(view.getBoundingClientRect().top - main.getBoundingClientRect().top));
}

/** Keeps `--panel-drop` on the workspace while the panel is open: the controls above the view may wrap. */
export function usePanelDrop(
  workspace: RefObject<HTMLElement | null>,
  main: RefObject<HTMLElement | null>,
  open: boolean,
  view: string,
): void {
  useLayoutEffect(() => {
    const box = workspace.current;
    const column = main.current;
    if (!open || !box || !column) return;
    const measure = () => box.style.setProperty('--panel-drop', `${panelDrop(column)}px`);
    measure();
    // The view's column grows or shrinks with anything above the drawing that wraps, and the timeline's
    // code, arriving, puts its buttons above it.
    const observer = new ResizeObserver(measure);
    observer.observe(column);
    return () => {
      observer.disconnect();
      box.style.removeProperty('--panel-drop');
    };
  }, [workspace, main, open, view]);
}
