import { DAY_MS } from '../../../../src/lib/dates/zoom-limits.ts';
import { lastDay, parsePartialDate } from '../../../../src/lib/dates/partial-date.ts';
import { error, quote, warning } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

/**
 * The domains RFC 2606 reserves for examples: example.com, example.org, example.net (and their subdomains), and
 * the top-level domain .example. No article lives there: an address on one is a placeholder left in a file.
 * The validator's own tests use the top-level domain .test, which RFC 2606 reserves for testing.
 */
export function isPlaceholderHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return /(^|\.)example\.(com|org|net)$/.test(name) || /(^|\.)example$/.test(name);
}

/** Why an address is a placeholder, with the fix, or undefined. Shared with new-event's questions. */
export function placeholderUrlAdvice(value: string): string | undefined {
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return undefined;
  }
  return isPlaceholderHost(host)
    ? `is a placeholder address (got ${quote(value, 40)}): ${host} is reserved for examples (RFC 2606) and holds no article; give the address of the article you read`
    : undefined;
}

/** Why a publisher is a placeholder ("Publisher", as in the example of new-event), or undefined. */
export function placeholderPublisherAdvice(value: string): string | undefined {
  return value.trim().toLowerCase() === 'publisher'
    ? `is a placeholder (got ${quote(value)}): name who published the page, e.g. "Kyiv Independent" or "Star Tribune (AP)"`
    : undefined;
}

export const placeholderSources: Linter = {
  name: 'placeholder-sources',
  description:
    'No source is a placeholder: an address on example.com, .org or .net (RFC 2606), or a publisher "Publisher".',
  reads: ['sources'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      event.sources.flatMap((s, i) => {
        const found: [string, string | undefined][] = [
          [`/sources/${i}/url`, placeholderUrlAdvice(s.url)],
          [
            `/sources/${i}/archiveUrl`,
            s.archiveUrl === undefined ? undefined : placeholderUrlAdvice(s.archiveUrl),
          ],
          [`/sources/${i}/publisher`, placeholderPublisherAdvice(s.publisher)],
        ];
        return found.flatMap(([pointer, advice]) =>
          advice === undefined ? [] : [error(f.file, pointer, advice)],
        );
      }),
    ),
};

/** A plan this long past its start is most likely out of date; a few days allow for a late report. */
export const STALE_PLAN_DAYS = 7;

/**
 * A planned event whose start has passed: it was held, called off or moved, and the file was not updated. A
 * warning, not an error: the news may not be in yet.
 */
export const stalePlans: Linter = {
  name: 'stale-plans',
  description: `A planned event does not start more than ${STALE_PLAN_DAYS} days before the day of the check (a warning).`,
  reads: ['status', 'start'],
  check: (context) => {
    const today = Date.parse(`${context.today}T00:00:00Z`);
    return eachEvent(context, (event, f) => {
      if (event.status !== 'planned') return [];
      const start = parsePartialDate(event.start);
      if (!start) return [];
      const [y, m, d] = lastDay(start);
      const days = Math.floor((today - Date.UTC(y, m - 1, d)) / DAY_MS);
      if (days <= STALE_PLAN_DAYS) return [];
      const pad = (n: number) => String(n).padStart(2, '0');
      const ago =
        start.precision === 'day'
          ? `${days} days before today, ${context.today}`
          : `its last day, ${y}-${pad(m)}-${pad(d)}, was ${days} days before today, ${context.today}`;
      return [
        warning(
          f.file,
          '/status',
          `is "planned", but the start ${quote(event.start)} has passed (${ago}): if it took place, make it "held"; if it was called off or moved, "cancelled" or "postponed", with a statusChange`,
        ),
      ];
    });
  },
};
