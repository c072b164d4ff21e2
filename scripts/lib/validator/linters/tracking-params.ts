import { error } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

/**
 * Query parameters that mark how a reader arrived (a feed, a newsletter, an ad), never which article it is.
 * Kept to names that mean that on every site: a name such as "src" or "ref" picks the page on some.
 * mc_eid and fbclid go further and identify the person the link was sent to.
 */
const TRACKING =
  /^(utm_[a-z_]+|mc_cid|mc_eid|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|_hsenc|_hsmi|traffic_source)$/i;

/** The address without its tracking parameters, and their names; null when it has none or is no URL. */
export function withoutTracking(value: string): { url: string; removed: string[] } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const removed = [...new Set([...url.searchParams.keys()].filter((name) => TRACKING.test(name)))];
  if (removed.length === 0) return null;
  for (const name of removed) url.searchParams.delete(name);
  // URLSearchParams writes what is left in its own encoding: keep the rest of the query as it was typed.
  const kept = url.search === '' ? '' : `?${keepParams(value, removed)}`;
  return { url: `${url.origin}${url.pathname}${kept}${url.hash}`, removed };
}

/** The query's own text, without the parameters named. */
function keepParams(value: string, removed: string[]): string {
  const query = value.slice(value.indexOf('?') + 1).split('#')[0]!;
  return query
    .split('&')
    .filter((part) => part !== '' && !removed.includes(decodeName(part.split('=')[0]!)))
    .join('&');
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

export const trackingParams: Linter = {
  name: 'tracking-params',
  description: 'Source addresses carry no tracking parameters (utm_…, mc_eid, fbclid …).',
  reads: ['sources'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      event.sources.flatMap((s, i) =>
        (['url', 'archiveUrl'] as const).flatMap((field) => {
          const value = s[field];
          const clean = typeof value === 'string' ? withoutTracking(value) : null;
          if (!clean) return [];
          const names = clean.removed.join(', ');
          return [
            error(
              f.file,
              `/sources/${i}/${field}`,
              `has tracking parameters (${names}), which say how the address was reached, not which article it is, and can identify who shared it: use ${clean.url}`,
            ),
          ];
        }),
      ),
    ),
};
