import { closestName } from '../closest-name.ts';
import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

export const knownCodes: Linter = {
  name: 'known-codes',
  description: 'Parties and tracks are listed in data/vocabulary.json.',
  check: (context) => {
    const parties = Object.keys(context.vocabulary.parties);
    const tracks = Object.keys(context.vocabulary.tracks);
    const unknown = (kind: string, value: string, allowed: string[]) => {
      const guess = closestName(value, allowed);
      return `${quote(value)} is not a known ${kind}${guess ? `: did you mean "${guess}"?` : ''} (add it to data/vocabulary.json if it is new)`;
    };
    return eachEvent(context, (event, f) => [
      ...(tracks.includes(event.track)
        ? []
        : [error(f.file, '/track', unknown('track', event.track, tracks))]),
      ...event.parties.flatMap((p, i) =>
        parties.includes(p) ? [] : [error(f.file, `/parties/${i}`, unknown('party', p, parties))],
      ),
      ...(event.participants ?? []).flatMap((p, i) =>
        parties.includes(p.party)
          ? []
          : [error(f.file, `/participants/${i}/party`, unknown('party', p.party, parties))],
      ),
    ]);
  },
};
