/** The site's name, and the whole title of a page that shows no one thing (index.html's <title>). */
export const SITE_TITLE = 'Diplomatic Timeline';

/**
 * The document's title: what the page shows, then the site. A tab, a bookmark or the history names
 * the open event, and a screen reader that reads the title hears it; an error says so.
 */
export function pageTitle(status: 'loading' | 'ready' | 'error', eventTitle?: string): string {
  if (status === 'error') return `Error — ${SITE_TITLE}`;
  if (status === 'ready' && eventTitle) return `${eventTitle} — ${SITE_TITLE}`;
  return SITE_TITLE;
}
