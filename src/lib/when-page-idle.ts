/**
 * Runs `work` once the page has loaded and the browser is idle: for downloads that must not compete with
 * the data and the first drawing the reader is waiting for.
 */
export function whenPageIdle(work: () => void, timeout = 4000): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(work, { timeout }) : setTimeout(work, 2000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
