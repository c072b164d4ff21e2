import { withoutInvisible } from '../../lib/text/invisible';
import type { KnownValues } from './url-state';

type KnownIds = Pick<KnownValues, 'eventIds' | 'formerIds'>;

/**
 * What a link picks up after its end in chat and mail: the full stop or comma of the sentence, a closing
 * bracket or quote, a slash, spaces ("%20"). No id ends in one: ids are kebab-case slugs.
 */
const CAUGHT_AT_END = /[\s.,;:!?'"’”»)\]}>/\\…]/u;
/** The same before it: "(/?event=…" or a quote that opened on the id. */
const CAUGHT_AT_START = /^[\s'"‘“«([{<]+/u;

/**
 * A link's id with what chat and mail add around it taken off. From the end a character at a time, not
 * by a pattern ending in `+$`, which tried each run of such characters from each of its characters: a
 * hostile link of 100,000 full stops before a letter held the page for 40 seconds.
 */
export function tidyEventId(id: string): string {
  let end = id.length;
  // Every character caught is one UTF-16 unit: no surrogate pair is split.
  while (end > 0 && CAUGHT_AT_END.test(id[end - 1]!)) end--;
  return id.slice(0, end).replace(CAUGHT_AT_START, '');
}

/** The id an event has now, given one a link names: its own, or one it had before; undefined for neither. */
export function resolveEventId(id: string, known: KnownIds): string | undefined {
  return known.eventIds.has(id) ? id : known.formerIds.get(id);
}

/** An id, current or earlier, written with other capitals: ids are lowercase, a hand may not be. */
function inAnyCase(id: string, known: KnownIds): string | undefined {
  const lower = id.toLowerCase();
  if (lower !== id) {
    const found = resolveEventId(lower, known);
    if (found !== undefined) return lower;
  }
  // A dataset that did not come through the validator may hold an id with capitals.
  for (const k of known.eventIds) if (k.toLowerCase() === lower) return k;
  for (const k of known.formerIds.keys()) if (k.toLowerCase() === lower) return k;
  return undefined;
}

/** Edits (a letter added, dropped, changed, or two swapped) within which an id is offered instead. */
const NEAR_EDITS = 2;

/**
 * The edit distance between a and b (optimal string alignment: a swap of two neighbours is one edit),
 * or more than `limit` when it is: only the band of `limit` around the diagonal is worked out.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  const big = limit + 1;
  // Three rows: the one before last for swaps.
  let before = new Array<number>(width).fill(big);
  let last = Array.from({ length: width }, (_, j) => (j <= limit ? j : big));
  let row = new Array<number>(width).fill(big);
  for (let i = 1; i <= a.length; i++) {
    row.fill(big);
    if (i <= limit) row[0] = i;
    let best = row[0]!;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j++) {
      const same = a[i - 1] === b[j - 1];
      let d = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row[j] = Math.min(d, big);
      best = Math.min(best, row[j]!);
    }
    // Every way on already costs more than the limit.
    if (best > limit) return big;
    [before, last, row] = [last, row, before];
  }
  return Math.min(last[b.length]!, big);
}

/**
 * The one event whose id (or earlier id) is within NEAR_EDITS of `id`, closer than any other; none when
 * two are as close ("…-round-3" is as near to round 1 as to round 2, and neither is what was meant).
 */
function nearestId(id: string, known: KnownIds): string | undefined {
  const lower = id.toLowerCase();
  let best: string | undefined;
  let bestDistance = NEAR_EDITS + 1;
  let tie = false;
  const consider = (candidate: string, now: string) => {
    const d = editDistance(lower, candidate.toLowerCase(), Math.min(bestDistance, NEAR_EDITS));
    if (d > NEAR_EDITS || d > bestDistance) return;
    if (d === bestDistance) tie ||= now !== best;
    else [best, bestDistance, tie] = [now, d, false];
  };
  for (const k of known.eventIds) consider(k, k);
  // An id that is an event's own opens that event, as resolveEventId has it, whatever else it once was.
  for (const [old, now] of known.formerIds) if (!known.eventIds.has(old)) consider(old, now);
  return tie ? undefined : best;
}

export type FoundEventId =
  /** `id` as the dataset writes it (current or earlier); `tidied` when the link had it otherwise. */
  | { found: string; tidied: boolean }
  /** Not found; `nearest` is the current id of an event whose id is a slip away from it, if one is. */
  | { found: null; nearest?: string };

/**
 * The id a link means: as written, without what chat and mail add around it or the invisible characters
 * they put inside it, or in other capitals. When none is found, the current id of the one event whose id
 * is nearly that, to offer instead.
 */
export function findEventId(id: string, known: KnownIds): FoundEventId {
  if (resolveEventId(id, known) !== undefined) return { found: id, tidied: false };
  const tidy = tidyEventId(id);
  if (tidy !== '' && resolveEventId(tidy, known) !== undefined) return { found: tidy, tidied: true };
  // A mail or chat program breaks a long address with zero-width spaces or soft hyphens where it may
  // wrap; no id holds one. Left in, the id was not found, and the notice, which quotes it without them,
  // offered the very id the link named. Tidied again: ")." may follow such a character.
  const visible = tidyEventId(withoutInvisible(tidy));
  if (visible === '') return { found: null };
  if (visible !== tidy && resolveEventId(visible, known) !== undefined)
    return { found: visible, tidied: true };
  const cased = inAnyCase(visible, known);
  if (cased !== undefined) return { found: cased, tidied: true };
  const nearest = nearestId(visible, known);
  return nearest === undefined ? { found: null } : { found: null, nearest };
}
