import type { Vocabulary } from '../../../../src/lib/data/event.generated.ts';
import { closestCode, closestName } from '../closest-name.ts';
import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

export const knownCodes: Linter = {
  name: 'known-codes',
  description: 'Parties, tracks and countries are listed in data/vocabulary.json.',
  reads: ['location', 'track', 'parties', 'participants'],
  check: (context) => {
    const parties = Object.keys(context.vocabulary.parties);
    const tracks = Object.keys(context.vocabulary.tracks);
    const unknown = (kind: string, value: string, allowed: string[], where = context.vocabularyFile) => {
      const guess = kind === 'track' ? closestName(value, allowed) : closestCode(value, allowed);
      return `${quote(value)} is not a known ${kind}${guess ? `: did you mean "${guess}"?` : ''} (add it to ${where} if it is new)`;
    };
    const countries = countryCodes(context.vocabulary);
    // A party that is not a country (UN, EU, NATO): adding it as a country would be wrong.
    const notACountry = (code: string) => {
      const party = context.vocabulary.parties[code];
      return party === undefined
        ? undefined
        : `${quote(code)} (${party.name}) is listed in ${context.vocabularyFile} as ${party.type ? withArticle(party.type) : 'a party'}, not a country: give the code of the country the place is in (e.g. "CH" for Geneva, "BE" for Brussels)`;
    };
    return eachEvent(context, (event, f) => [
      ...(event.location === undefined || countries.includes(event.location.country)
        ? []
        : [
            error(
              f.file,
              '/location/country',
              notACountry(event.location.country) ??
                unknown(
                  'country',
                  event.location.country,
                  countries,
                  `"parties" in ${context.vocabularyFile} with "type": "country"`,
                ),
            ),
          ]),
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

/**
 * A participant's party is one of the event's: the Party filter reads "parties" only, so an event where a US
 * envoy took part but "US" is not among its parties is missing when a reader filters by the United States. An
 * unknown code is knownCodes' to report.
 */
export const participantParties: Linter = {
  name: 'participant-parties',
  description: "Each participant's party is among the event's parties.",
  reads: ['parties', 'participants'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      (event.participants ?? []).flatMap((p, i) => {
        const party = context.vocabulary.parties[p.party];
        if (event.parties.includes(p.party) || party === undefined) return [];
        return [
          error(
            f.file,
            `/participants/${i}/party`,
            `${quote(p.party)} (${party.name}) is not among the event's parties (${event.parties.join(', ')}): add ${quote(p.party)} to "parties", or correct the participant's party`,
          ),
        ];
      }),
    ),
};

const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/** Country codes: the vocabulary's parties of type "country", from which the app names the country of a place. */
function countryCodes(vocabulary: Vocabulary): string[] {
  return Object.entries(vocabulary.parties)
    .filter(([, p]) => p?.type === 'country')
    .map(([code]) => code);
}

/**
 * The codes the vocabulary allows at a field of an event, by JSON pointer: none yet when there is no usable
 * vocabulary, and undefined for a field it does not govern.
 */
export function vocabularyCodesAt(vocabulary: Vocabulary | undefined, pointer: string): string[] | undefined {
  const list = (codes: (v: Vocabulary) => string[]) => (vocabulary ? codes(vocabulary) : []);
  if (/^\/parties\/\d+$|^\/participants\/\d+\/party$/.test(pointer))
    return list((v) => Object.keys(v.parties));
  if (pointer === '/location/country') return list(countryCodes);
  if (pointer === '/track') return list((v) => Object.keys(v.tracks));
  return undefined;
}
