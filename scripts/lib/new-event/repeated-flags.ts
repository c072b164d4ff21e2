/** An option token as `parseArgs({ tokens: true })` gives it. */
interface Token {
  kind: string;
  name?: string;
}

/**
 * The flags given more than once, in the order they first repeat. `parseArgs` keeps the last of a
 * repeated flag without a word, so `--title A … --title B` (a pasted command edited half-way, say)
 * would write an event titled B that its author may never have meant: the command refuses instead.
 */
export function repeatedFlags(tokens: readonly Token[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    if (seen.has(token.name) && !repeated.includes(token.name)) repeated.push(token.name);
    seen.add(token.name);
  }
  return repeated;
}
