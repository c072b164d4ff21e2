import type { Relation } from '../../../../src/lib/data/event.generated.ts';
import { closestName } from '../closest-name.ts';
import { error, quote, type Problem } from '../problem.ts';
import type { Linter } from '../linter.ts';
import { formerIdClaims } from './former-ids.ts';

// Back-links that cannot hold together with a link. "A follows B" puts B first, so B cannot follow A nor
// be a result of A; "A led to B" puts A first, so B cannot have led to A.
const CONTRADICTS: Partial<Record<Relation, Relation[]>> = {
  follows: ['follows', 'result-of'],
  'led-to': ['led-to'],
  'result-of': ['result-of', 'follows'],
  'part-of': ['part-of'],
  'announced-by': ['announced-by'],
  'cancelled-by': ['cancelled-by'],
};

export const relatedLinks: Linter = {
  name: 'related-links',
  description:
    'Related ids exist, are not the event itself, are listed once, and do not contradict each other.',
  reads: ['id', 'related', 'formerIds'],
  check: (context) => {
    const problems: Problem[] = [];
    const ids = [...context.byId.keys()];
    // An event renamed or merged away: the link should name the event that took its place.
    const nowCalled = new Map<string, string>();
    for (const [id, claims] of formerIdClaims(context))
      if (claims.length === 1) nowCalled.set(id, claims[0]!.f.event!.id);
    for (const f of context.files) {
      const event = f.event;
      if (!event) continue;
      const seen = new Set<string>();
      (event.related ?? []).forEach((link, i) => {
        const pointer = `/related/${i}/id`;
        if (link.id === event.id) {
          problems.push(error(f.file, pointer, 'points to the event itself: remove it'));
          return;
        }
        if (seen.has(link.id))
          problems.push(error(f.file, pointer, `${quote(link.id)} is listed twice: keep one link`));
        seen.add(link.id);
        const target = context.byId.get(link.id)?.event;
        if (!target) {
          if (context.unchecked.has(link.id)) return;
          const now = nowCalled.get(link.id);
          // Never the event itself: a link to it is an error of its own.
          const guess = closestName(
            link.id,
            ids.filter((id) => id !== event.id),
            2,
          );
          const fix = now
            ? now === event.id
              ? 'it is a former id of this event: remove the link'
              : `it is a former id of ${now}: link to "${now}"`
            : guess
              ? `did you mean "${guess}"?`
              : "correct the id (it is the other event's file name) or remove the link";
          problems.push(error(f.file, pointer, `no event has the id ${quote(link.id)}: ${fix}`));
          return;
        }
        const clash = (target.related ?? []).find(
          (back) => back.id === event.id && (CONTRADICTS[link.relation] ?? []).includes(back.relation),
        );
        // Report a contradiction once, from the file that sorts first.
        if (clash && event.id < target.id) {
          problems.push(
            error(
              f.file,
              `/related/${i}/relation`,
              `"${link.relation}" contradicts ${target.id}, which says it "${clash.relation}" this event: fix one of the two`,
            ),
          );
        }
      });
    }
    return problems;
  },
};
