/**
 * Registers public/sw.js, which keeps the site working offline once it has been loaded. Production builds
 * only: under `vite dev` a caching worker would serve stale modules and fight hot reload. Registration
 * waits for the page's load event so that the worker's first downloads do not compete with the page's own.
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
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
