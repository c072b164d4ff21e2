/**
 * The base path the site is built for and served under: BASE_PATH=/repo-name/ for a GitHub Pages
 * project site, "/" everywhere else. vite.config.ts gives it to Vite; `npm start` compares it with the
 * one an existing build was made for.
 */
export function basePath(env: NodeJS.ProcessEnv): string {
  const base = env.BASE_PATH ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}
