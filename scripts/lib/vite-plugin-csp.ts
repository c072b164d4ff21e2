import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The site's Content-Security-Policy: only what the site serves itself may load or run. No inline script
 * or style, no eval, no requests to other origins. `img-src data:` is there because Vite inlines images
 * under 4 kB that CSS or code import as data: URLs; an image cannot run script. See docs/security.md.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
];

/** The policy as a <meta http-equiv> carries it (GitHub Pages cannot send headers). */
export const CSP_META_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The policy for hosts that send headers. frame-ancestors (clickjacking) is ignored in a meta tag, so
 * it exists only here.
 */
export const CSP_HEADER_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * Adds the policy as a meta tag to the built index.html only. The dev server cannot run under it: Vite's
 * client injects every stylesheet as an inline <style> element (and react-refresh an inline script), which
 * `style-src 'self'` blocks, so `vite dev` would show an unstyled page.
 */
export function cspPlugin(): Plugin {
  const meta: HtmlTagDescriptor = {
    tag: 'meta',
    attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META_POLICY },
    // Before every script and stylesheet: a policy applies only to what comes after it in the document.
    injectTo: 'head-prepend',
  };
  return {
    name: 'diplomatic-timeline:csp',
    apply: 'build',
    transformIndexHtml: () => [meta],
  };
}
