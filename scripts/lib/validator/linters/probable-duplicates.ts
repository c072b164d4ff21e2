import { normalise } from '../../../../src/lib/text/normalise.ts';
import { warning } from '../problem.ts';
import type { Linter } from '../linter.ts';

/** Two ways an event can look like another: what it is, or what it is called. */
const SIGNS = [
  {
    reason: 'same date, kind and parties',
    key: (e: { start: string; kind: string; parties: string[] }) =>
      [e.start, e.kind, [...e.parties].sort().join('+')].join('|'),
  },
  {
    // A second file for the same talks is often filed under another kind ("summit" against
    // "bilateral-meeting") or with a party more or less: the title and the day still give it away.
    reason: 'same date and title',
    key: (e: { start: string; title: string }) =>
      `${e.start}|${normalise(e.title)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()}`,
  },
];

export const probableDuplicates: Linter = {
  name: 'probable-duplicates',
  description: 'Warns when two events share date, kind and parties, or date and title, without being linked.',
  reads: ['id', 'start', 'kind', 'parties', 'title', 'related'],
  check: (context) => {
    const linked = (a: string, b: string) =>
      [a, b].some((x) => (context.byId.get(x)?.event?.related ?? []).some((l) => l.id === (x === a ? b : a)));
    // One warning per event, for the first sign that fits it.
    const warned = new Set<string>();
    return SIGNS.flatMap(({ reason, key }) => {
      const groups = new Map<string, string[]>();
      for (const f of context.files) {
        if (!f.event) continue;
        const k = key(f.event);
        groups.set(k, [...(groups.get(k) ?? []), f.event.id]);
      }
      return [...groups.values()].flatMap((ids) =>
        ids.slice(1).flatMap((id) => {
          const other = ids.find((o) => o !== id && !linked(o, id));
          const f = context.byId.get(id);
          if (!other || !f || warned.has(id)) return [];
          warned.add(id);
          return [
            warning(
              f.file,
              '',
              `may duplicate ${other} (${reason}): merge them, or link them with "related" if both are right`,
            ),
          ];
        }),
      );
    });
  },
};
