import { whenPageIdle } from '../when-page-idle';

/**
 * Registers public/sw.js, which keeps the site working offline once it has been loaded. Production builds
 * only: under `vite dev` a caching worker would serve stale modules and fight hot reload. Registration
 * waits until the page has loaded and the browser is idle, so that the worker's first downloads (every
 * asset) do not compete with the data and the timeline the reader is waiting for.
 * If the browser refuses (an insecure origin, a private window), the site simply stays online-only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((e: unknown) => {
      console.warn('The site will not work offline: the service worker was not registered.', e);
    });
  };
  whenPageIdle(register);
}
