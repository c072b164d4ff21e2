import type { Relation } from '../../../../src/lib/data/event.generated.ts';
import { parsePartialDate } from '../../../../src/lib/dates/partial-date.ts';
import { whollyBefore } from './dates.ts';
import { error, type Problem } from '../problem.ts';
import type { Linter } from '../linter.ts';

/**
 * The relations that put the two events in order: which comes first, and the rule as a message says it.
 * "follows", "result-of", "announced-by" and "responds-to" come after the event they name; "led-to" before it.
 * "part-of" does not order them (the second day of a summit is part of it), nor "cancelled-by" (a plan can be
 * called off after its day has passed), nor "see-also".
 */
const ORDER: Partial<Record<Relation, { comes: 'after' | 'before'; rule: string }>> = {
  follows: { comes: 'after', rule: 'an event follows only one that starts before it or with it' },
  'result-of': { comes: 'after', rule: 'an event comes out of one that starts before it or with it' },
  'announced-by': { comes: 'after', rule: 'an event is announced by one that starts before it or with it' },
  'responds-to': { comes: 'after', rule: 'an event responds to one that starts before it or with it' },
  'led-to': { comes: 'before', rule: 'an event leads only to one that starts after it or with it' },
};

export const relatedDates: Linter = {
  name: 'related-dates',
  description:
    'A related link that orders two events (follows, result-of, announced-by, responds-to, led-to) agrees with their start dates.',
  reads: ['id', 'start', 'related'],
  check: (context) =>
    context.files.flatMap((f) => {
      const event = f.event;
      const start = event && parsePartialDate(event.start);
      if (!event || !start) return [];
      return (event.related ?? []).flatMap((link, i): Problem[] => {
        const order = ORDER[link.relation];
        const target = context.byId.get(link.id)?.event;
        const other = target && parsePartialDate(target.start);
        if (!order || !target || !other || target === event) return [];
        const wrong = order.comes === 'after' ? whollyBefore(start, other) : whollyBefore(other, start);
        if (!wrong) return [];
        return [
          error(
            f.file,
            `/related/${i}/relation`,
            `"${link.relation}" ${target.id}, which starts on ${target.start}, ${order.comes} this event (${event.start}): ${order.rule}; check both start dates, or choose another relation`,
          ),
        ];
      });
    }),
};

/**
 * A loop of "follows" links of three events or more (A follows B, B follows C, C follows A): a line of events
 * runs one way, and a reader following it would go round for ever. Two events that each follow the other are
 * related-links' to report. One loop at a time is found in each tangle of links; the next shows once it is fixed.
 */
export const followsLoops: Linter = {
  name: 'follows-loops',
  description: 'Links of "follows" never come back to the event they started from.',
  reads: ['id', 'related'],
  check: (context) => {
    const next = new Map<string, { id: string; index: number }[]>();
    for (const [id, f] of context.byId)
      next.set(
        id,
        (f.event!.related ?? []).flatMap((l, index) =>
          l.relation === 'follows' && context.byId.has(l.id) && l.id !== id ? [{ id: l.id, index }] : [],
        ),
      );
    const state = new Map<string, 'open' | 'done'>();
    const loops: string[][] = [];
    // Depth first, without recursion: a long line of rounds must not overflow the stack.
    for (const root of [...next.keys()].sort()) {
      if (state.has(root)) continue;
      const path: { id: string; edge: number }[] = [{ id: root, edge: 0 }];
      state.set(root, 'open');
      while (path.length > 0) {
        const top = path.at(-1)!;
        const edges = next.get(top.id)!;
        if (top.edge === edges.length) {
          state.set(top.id, 'done');
          path.pop();
          continue;
        }
        const to = edges[top.edge++]!.id;
        if (state.get(to) === 'open') {
          const loop = path.slice(path.findIndex((p) => p.id === to)).map((p) => p.id);
          if (loop.length >= 3) loops.push(loop);
        } else if (!state.has(to)) {
          state.set(to, 'open');
          path.push({ id: to, edge: 0 });
        }
      }
    }
    return loops.map((loop) => {
      // Said once, from the event of the loop that sorts first, on its link into the loop.
      const first = loop.indexOf([...loop].sort()[0]!);
      const ordered = [...loop.slice(first), ...loop.slice(0, first)];
      const [from, to] = [ordered[0]!, ordered[1]!];
      const index = next.get(from)!.find((e) => e.id === to)!.index;
      const chain = [...ordered.slice(1), from].map((id) => `follows ${id}`).join(', which ');
      return error(
        context.byId.get(from)!.file,
        `/related/${index}/relation`,
        `"follows" closes a loop: ${from} ${chain}. Events that follow one another run one way: remove or change one of these links`,
      );
    });
  },
};
