/**
 * Edits between two names: letters inserted, deleted or replaced, and two neighbours swapped ("titel" for
 * "title" is one slip, not two).
 */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How many slips still make a typo of a name this long: one for short names and codes (two-letter codes are
 * all within two of each other, so "XX" is no slip for "AE"), one more for every four letters after that.
 */
export function slipsAllowed(length: number): number {
  return Math.max(1, Math.floor(length / 4));
}

/**
 * The allowed name a typo most likely meant, if one is genuinely close: within slipsAllowed of the shorter of
 * the two (and of `maxDistance`, when given), and closer than any other name, since a guess between two equally
 * close names would be arbitrary ("UZ" is as near "UA" as "US"), unless only one of them begins the other
 * ("USA" is as near "SA" as "US", but is "US" with a letter added). Letter case does not count.
 */
export function closestName(
  typed: string,
  allowed: readonly string[],
  maxDistance = Infinity,
): string | undefined {
  if (typed.length > 60) return undefined;
  const lower = typed.toLowerCase();
  let nearest: string[] = [];
  let bestDistance = Infinity;
  for (const name of allowed) {
    const d = distance(lower, name.toLowerCase());
    if (d < bestDistance) {
      nearest = [name];
      bestDistance = d;
    } else if (d === bestDistance) nearest.push(name);
  }
  const prefixed = nearest.filter((name) => {
    const other = name.toLowerCase();
    return other.startsWith(lower) || lower.startsWith(other);
  });
  const best = nearest.length === 1 ? nearest[0] : prefixed.length === 1 ? prefixed[0] : undefined;
  if (best === undefined) return undefined;
  const limit = Math.min(maxDistance, slipsAllowed(Math.min(typed.length, best.length)));
  return bestDistance <= limit ? best : undefined;
}

/**
 * The allowed name that an unknown one is built on: "related" for "relatedEvents", "title" for "eventTitle",
 * "sources" for "source_list". A field name with a word added before or after it is too far from the name to be a
 * typo, but plainly meant it. The longest such name, of at least three letters (so that "id" does not begin
 * every "identifier…"), and only when exactly one is that long.
 */
export function namePart(typed: string, allowed: readonly string[]): string | undefined {
  const words = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  const found = allowed.filter((name) => {
    const lower = name.toLowerCase();
    return lower.length >= 3 && lower !== words && (words.startsWith(lower) || words.endsWith(lower));
  });
  const longest = Math.max(0, ...found.map((name) => name.length));
  const best = found.filter((name) => name.length === longest);
  return best.length === 1 ? best[0] : undefined;
}

/** Codes in common use that ISO 3166-1 writes otherwise: the United Kingdom is "GB". */
const COMMON_CODES: Record<string, string> = { UK: 'GB' };

/** The party or country code meant by an unknown one: its ISO form ("GB" for "UK"), or a close code. */
export function closestCode(typed: string, allowed: readonly string[]): string | undefined {
  const iso = COMMON_CODES[typed.toUpperCase()];
  return iso !== undefined && allowed.includes(iso) ? iso : closestName(typed, allowed);
}
