/**
 * What a JSON pointer's numbers mean, in words: "/sources/1/language" is the second source, since a pointer counts
 * from zero and an editor counts from one. Only pointers with an item of a list in them need it.
 */

/** What one item of each list of an event is called. */
const ITEM_NOUNS: Record<string, string> = {
  sources: 'source',
  related: 'related link',
  discrepancies: 'discrepancy',
  accounts: 'account',
  participants: 'participant',
  parties: 'party',
  outcomes: 'outcome',
  tags: 'tag',
  formerIds: 'former id',
};

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** "first" for 0, "second" for 1… "11th", "22nd" past the tenth. */
export function ordinal(index: number): string {
  const word = ORDINALS[index];
  if (word !== undefined) return word;
  const n = index + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * "the second source", "the first account of the third discrepancy" for a pointer into lists; undefined for one
 * with no item of a list in it ("/summary"), which needs no words.
 */
export function itemWords(pointer: string): string | undefined {
  const parts = pointer.split('/').slice(1);
  const items: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const index = parts[i]!;
    if (!/^(0|[1-9][0-9]*)$/.test(index)) continue;
    const list = parts[i - 1]!.replace(/~1/g, '/').replace(/~0/g, '~');
    const noun = ITEM_NOUNS[list] ?? `item of ${list}`;
    items.unshift(`the ${ordinal(Number(index))} ${noun}`);
  }
  return items.length === 0 ? undefined : items.join(' of ');
}
