import { warning } from '../problem.ts';
import type { Linter } from '../linter.ts';

export const probableDuplicates: Linter = {
  name: 'probable-duplicates',
  description: 'Warns when two events share date, kind and parties without being linked.',
  check: (context) => {
    const groups = new Map<string, string[]>();
    for (const f of context.files) {
      if (!f.event) continue;
      const key = [f.event.start, f.event.kind, [...f.event.parties].sort().join('+')].join('|');
      groups.set(key, [...(groups.get(key) ?? []), f.event.id]);
    }
    const linked = (a: string, b: string) =>
      [a, b].some((x) => (context.byId.get(x)?.event?.related ?? []).some((l) => l.id === (x === a ? b : a)));
    return [...groups.values()].flatMap((ids) =>
      ids.slice(1).flatMap((id) => {
        const other = ids.find((o) => o !== id && !linked(o, id));
        const f = context.byId.get(id);
        return other && f
          ? [
              warning(
                f.file,
                '',
                `may duplicate ${other} (same date, kind and parties): merge them, or link them with "related" if both are right`,
              ),
            ]
          : [];
      }),
    );
  },
};
