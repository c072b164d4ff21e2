import { error, quote, type Problem } from '../problem.ts';
import type { EventFile, Linter, LintContext } from '../linter.ts';

/** Each old id with the events that list it in formerIds, and where. */
export function formerIdClaims(context: LintContext): Map<string, { f: EventFile; index: number }[]> {
  const claims = new Map<string, { f: EventFile; index: number }[]>();
  for (const f of context.files) {
    (f.event?.formerIds ?? []).forEach((id, index) => {
      claims.set(id, [...(claims.get(id) ?? []), { f, index }]);
    });
  }
  return claims;
}

// A link names one event: the app forwards an old id only when it is no event's id now and one event claims it.
export const formerIds: Linter = {
  name: 'former-ids',
  description: "Former ids are not the event's own id nor any event's id now, and belong to one event each.",
  reads: ['id', 'formerIds'],
  check: (context) => {
    const problems: Problem[] = [];
    for (const [id, claims] of formerIdClaims(context)) {
      for (const { f, index } of claims) {
        const pointer = `/formerIds/${index}`;
        const now = context.byId.get(id)?.file;
        if (id === f.event!.id)
          problems.push(
            error(f.file, pointer, "is this event's own id: remove it (list only ids it no longer has)"),
          );
        else if (now || context.unchecked.has(id))
          problems.push(
            error(
              f.file,
              pointer,
              `${quote(id)} is still the id of an event (${now ?? `a file named ${id}.json`}), which links to it open: remove it here, or, if that event was merged into this one, delete its file`,
            ),
          );
        else if (claims.length > 1)
          // Said on every file of the clash, as for ids: which event took the old one's place is for the editor to tell.
          problems.push(
            error(
              f.file,
              pointer,
              `${quote(id)} is also a former id of ${claims
                .filter((o) => o.f !== f)
                .map((o) => o.f.file)
                .join(
                  ', ',
                )}: links to it can open only one event; keep it in the event that took its place and remove it from the others`,
            ),
          );
      }
    }
    return problems;
  },
};
