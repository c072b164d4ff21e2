import { normalise } from '../../../../src/lib/text/normalise.ts';
import type { DiplomaticEvent } from '../../../../src/lib/data/event.generated.ts';
import { quote, warning } from '../problem.ts';
import type { Linter } from '../linter.ts';
import { addressKey } from '../../../../src/lib/data/same-address.ts';

const sourceKey = (start: string, url: string) => `${start}|${addressKey(url)}`;

/**
 * Ways an event can look like another: what it is, what it is called, or what reports it. The reason is told
 * for the event warned about, with the key it shares.
 */
const SIGNS: {
  reason: (key: string, e: DiplomaticEvent) => string;
  keys: (e: DiplomaticEvent) => string[];
}[] = [
  {
    reason: () => 'same date, kind and parties',
    keys: (e) => [[e.start, e.kind, [...e.parties].sort().join('+')].join('|')],
  },
  {
    // A second file for the same talks is often filed under another kind ("summit" against
    // "bilateral-meeting") or with a party more or less: the title and the day still give it away.
    reason: () => 'same date and title',
    keys: (e) => [
      `${e.start}|${normalise(e.title)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()}`,
    ],
  },
  {
    // Or under another title and kind altogether; but it is added from the same report as the first. Distinct
    // events of one day that a report covers together (talks and the memorandum handed over at them) are linked.
    // One page however its address is written (see addressKey); the message gives this event's spelling.
    reason: (key, e) => {
      const url = e.sources.find((s) => sourceKey(e.start, s.url) === key)?.url;
      return `same date, and both cite ${quote(url ?? key.slice(key.indexOf('|') + 1), 80)}`;
    },
    keys: (e) => [...new Set(e.sources.map((s) => sourceKey(e.start, s.url)))],
  },
];
export const probableDuplicates: Linter = {
  name: 'probable-duplicates',
  description:
    'Warns when two events share date, kind and parties, or date and title, or date and a source, without being linked.',
  reads: ['id', 'start', 'kind', 'parties', 'title', 'sources', 'related'],
  check: (context) => {
    const linked = (a: string, b: string) =>
      [a, b].some((x) => (context.byId.get(x)?.event?.related ?? []).some((l) => l.id === (x === a ? b : a)));
    // One warning per event, for the first sign that fits it.
    const warned = new Set<string>();
    return SIGNS.flatMap(({ reason, keys }) => {
      const groups = new Map<string, string[]>();
      for (const f of context.files) {
        if (!f.event) continue;
        for (const k of keys(f.event)) {
          const ids = groups.get(k);
          if (ids) ids.push(f.event.id);
          else groups.set(k, [f.event.id]);
        }
      }
      return [...groups].flatMap(([k, ids]) =>
        ids.slice(1).flatMap((id) => {
          const other = ids.find((o) => o !== id && !linked(o, id));
          const f = context.byId.get(id);
          if (!other || !f?.event || warned.has(id)) return [];
          warned.add(id);
          return [
            warning(
              f.file,
              '',
              `may duplicate ${other} (${reason(k, f.event)}): merge them, or link them with "related" if both are right`,
            ),
          ];
        }),
      );
    });
  },
};
