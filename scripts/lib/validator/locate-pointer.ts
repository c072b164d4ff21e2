/**
 * Where a field is in the text of a JSON file, so that a problem can name its line and column. A small scanner
 * rather than a parser with a source map: it walks only down the path of the pointer and skips every other value
 * without building it, so that locating the problems of thousands of files stays cheap. The text is one the
 * validator has parsed already, so it is valid JSON.
 */

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset after the string that starts at `i` (at its opening quote). */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
  }
  return i;
}

/** The offset after the value that starts at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < text.length) {
      const d = text[i];
      if (d === '"') {
        i = skipString(text, i);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') depth--;
      i++;
      if (depth === 0) return i;
    }
    return i;
  }
  while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
  return i;
}

/** The offset of the value of `key` in the object at `i`, the last one when a key is written twice (as JSON.parse reads it). */
function member(text: string, i: number, key: string): number | undefined {
  let found: number | undefined;
  i = skipSpace(text, i + 1);
  while (i < text.length && text[i] === '"') {
    const end = skipString(text, i);
    const raw = text.slice(i + 1, end - 1);
    const name = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
    i = skipSpace(text, skipSpace(text, end) + 1);
    if (name === key) found = i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return found;
}

/** The offset of item `index` of the array at `i`. */
function item(text: string, i: number, index: number): number | undefined {
  i = skipSpace(text, i + 1);
  for (let k = 0; i < text.length && text[i] !== ']'; k++) {
    if (k === index) return i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return undefined;
}

/**
 * The offset of the value a JSON pointer names, or of its nearest parent that exists: a missing field has no
 * place of its own, and the object that lacks it is where to add it.
 */
export function locatePointer(text: string, pointer: string): number {
  let at = skipSpace(text, 0);
  if (pointer === '') return at;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const c = text[at];
    const next =
      c === '{'
        ? member(text, at, segment)
        : c === '[' && /^(0|[1-9][0-9]*)$/.test(segment)
          ? item(text, at, Number(segment))
          : undefined;
    if (next === undefined) return at;
    at = next;
  }
  return at;
}
