import { error, quote, type Problem } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkUrl(file: string, pointer: string, value: unknown): Problem[] {
  if (typeof value !== 'string' || isHttpUrl(value)) return [];
  return [error(file, pointer, `must be an http(s) address (got ${quote(value, 40)})`)];
}

export const httpUrls: Linter = {
  name: 'http-urls',
  description: 'Source and archive addresses are http or https web addresses only.',
  check: (context) =>
    context.files.flatMap((f) => {
      const sources = (f.value as { sources?: unknown } | null)?.sources;
      if (!Array.isArray(sources)) return [];
      return sources.flatMap((s: unknown, i) => {
        if (s === null || typeof s !== 'object') return [];
        const { url, archiveUrl } = s as { url?: unknown; archiveUrl?: unknown };
        return [
          ...checkUrl(f.file, `/sources/${i}/url`, url),
          ...checkUrl(f.file, `/sources/${i}/archiveUrl`, archiveUrl),
        ];
      });
    }),
};

export const uniqueSources: Linter = {
  name: 'unique-sources',
  description: 'An event does not cite the same address twice.',
  check: (context) =>
    eachEvent(context, (event, f) => {
      const seen = new Set<string>();
      return event.sources.flatMap((s, i) => {
        if (seen.has(s.url))
          return [
            error(f.file, `/sources/${i}/url`, 'is cited twice in this event: remove the duplicate source'),
          ];
        seen.add(s.url);
        return [];
      });
    }),
};
