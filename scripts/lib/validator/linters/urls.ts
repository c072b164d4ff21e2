import { error, quote, type Problem } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';
import { itemWords } from '../pointer-words.ts';
import { addressKey } from '../../../../src/lib/data/same-address.ts';

/**
 * Why a host name is one no reader can open, or undefined: "localhost" and the addresses of one's own machine
 * or local network (127.0.0.1, 192.168.x.x, a ".local" name), as a page copied from a local preview has.
 */
function localHost(host: string): string | undefined {
  const name = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'localhost, your own computer';
  if (name === '::1' || /^127\./.test(name) || name === '0.0.0.0') return 'your own computer';
  if (/^(10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.)/.test(name) || /^f[cd]|^fe80:/.test(name))
    return 'a private network';
  if (name.endsWith('.local') || name.endsWith('.internal') || name.endsWith('.lan'))
    return 'a local network';
  return undefined;
}

function localAdvice(url: URL, value: string): string | undefined {
  const where = localHost(url.hostname);
  return where === undefined
    ? undefined
    : `is a local address (got ${quote(value, 40)}): it leads to ${where}, which no reader can open; use the article's address on the web, as the browser's address bar shows it on the publisher's site`;
}

/** The address parsed, if it is an http(s) address with a dotted host name; else null. */
function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') ? url : null;
  } catch {
    return null;
  }
}

function anyHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export const isHttpUrl = (value: string): boolean => parseHttpUrl(value) !== null;

/**
 * A user name or password in an address: no news article needs one, and the part before "@" can pass for
 * the site ("https://www.bbc.com@example.net/" goes to example.net), so a reader would be misled.
 */
function credentialsAdvice(url: URL, value: string): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  url.username = '';
  url.password = '';
  return `has a user name or password before "@" (got ${quote(value, 40)}), and leads to ${url.hostname}: use the article's own address, with nothing between "//" and the site's name`;
}

/** "a line break", "a tab" or "a control character (U+0007)": the first in a text, or undefined for none. */
function controlCharacterName(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const c = /[\u0000-\u001f\u007f-\u009f]/.exec(value)?.[0];
  if (c === undefined) return undefined;
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  return `a control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}

/** The address as the URL parser writes it, if it parses and is short enough to show. */
function repaired(value: string): string | undefined {
  try {
    const { href } = new URL(value);
    return href.length <= 200 ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with an address that is not a full http(s) web address, and how to fix it; undefined when it
 * is one. Shared by the schema's "uri" format and the http-urls rule, so that a field gets one message.
 */
export function urlAdvice(value: string): string | undefined {
  // The common case, a good address, with one test and one parse.
  const plain = /^https?:\/\/(?![/\\])[!-~]+$/i.test(value) ? parseHttpUrl(value) : null;
  if (plain) return credentialsAdvice(plain, value) ?? localAdvice(plain, value);
  if (value.trim() !== value) return `has a space at the start or end (got ${quote(value, 40)}): trim it`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
    return `must be an http(s) address (got ${quote(value, 40)}): copy the address from the browser's address bar (it starts https:// or http://)`;
  // A browser repairs "https:/host" and "https:///host", so the address works, but it is not the one copied.
  if (scheme !== undefined && !/^[a-z]+:\/\/(?![/\\])/i.test(value)) {
    const fixed = repaired(value);
    return `must have two slashes after "${scheme}:" (got ${quote(value, 40)})${fixed ? `: write it as ${fixed}` : ''}`;
  }
  // The URL parser writes the address as a browser's address bar copies it: spaces and letters encoded.
  const encoded = repaired(value);
  const example = encoded ? `, e.g. ${encoded}` : '';
  // A line break or a tab is not a space to encode: it came in with the copy, and the parser drops it.
  const control = controlCharacterName(value);
  if (control !== undefined)
    return `contains ${control} (got ${quote(value, 40)}, where it shows as a space): remove it; an address is one line, with no tabs`;
  if (/\s/.test(value))
    return `contains a space (got ${quote(value, 40)}): write each space as %20${example}`;
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(value))
    return `contains letters that are not ASCII (got ${quote(value, 40)}): paste it as the browser's address bar copies it (percent-encoded)${example}`;
  const url = parseHttpUrl(value);
  if (url) return credentialsAdvice(url, value) ?? localAdvice(url, value);
  // An http(s) address whose host has no dot: "localhost", a machine's name on a local network.
  const local = anyHttpUrl(value);
  const localWhy = local && localAdvice(local, value);
  if (localWhy) return localWhy;
  return `must be a full web address such as https://example.org/article (got ${quote(value, 40)})`;
}

function checkUrl(file: string, pointer: string, value: unknown): Problem[] {
  const advice = typeof value === 'string' ? urlAdvice(value) : undefined;
  return advice === undefined ? [] : [error(file, pointer, advice)];
}

/**
 * An "archived copy" at the article's own address: the link check would count the source as archived, and
 * the copy would vanish with the page it is meant to outlive.
 */
function selfArchive(file: string, pointer: string, url: unknown, archiveUrl: unknown): Problem[] {
  if (typeof url !== 'string' || typeof archiveUrl !== 'string') return [];
  if (addressKey(url) !== addressKey(archiveUrl)) return [];
  return [
    error(
      file,
      pointer,
      `is the source's own address (got ${quote(archiveUrl, 80)}), not a copy: an archived copy must be an archive's address, e.g. https://web.archive.org/web/…/${url.length <= 120 ? url : '(the address)'}; save the page at https://web.archive.org/save and copy the address of the snapshot, or leave archiveUrl out`,
    ),
  ];
}

export const httpUrls: Linter = {
  name: 'http-urls',
  description:
    "Source and archive addresses are http or https web addresses only, and an archive address is not the source's own.",
  // The parsed file, whatever it holds: every file is checked, broken or not.
  reads: [],
  check: (context) =>
    context.files.flatMap((f) => {
      const sources = (f.value as { sources?: unknown } | null)?.sources;
      if (!Array.isArray(sources)) return [];
      return sources.flatMap((s: unknown, i) => {
        if (s === null || typeof s !== 'object') return [];
        const { url, archiveUrl } = s as { url?: unknown; archiveUrl?: unknown };
        const problems = [
          ...checkUrl(f.file, `/sources/${i}/url`, url),
          ...checkUrl(f.file, `/sources/${i}/archiveUrl`, archiveUrl),
        ];
        return problems.length === 0
          ? selfArchive(f.file, `/sources/${i}/archiveUrl`, url, archiveUrl)
          : problems;
      });
    }),
};

export const uniqueSources: Linter = {
  name: 'unique-sources',
  description: 'An event does not cite the same address twice, however it is written.',
  reads: ['sources'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      const seen = new Map<string, number>();
      return event.sources.flatMap((s, i) => {
        const key = addressKey(s.url);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return [];
        }
        const firstUrl = event.sources[first]!.url;
        const firstPointer = `/sources/${first}/url (${itemWords(`/sources/${first}`)})`;
        const fix = 'remove the duplicate source';
        return [
          error(
            f.file,
            `/sources/${i}/url`,
            firstUrl === s.url
              ? `is cited twice in this event: ${fix}`
              : `is cited twice in this event: ${firstPointer} gives ${quote(firstUrl, 80)}, the same page written differently; ${fix}`,
          ),
        ];
      });
    }),
};
