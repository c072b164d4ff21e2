import { quote } from './problem.ts';
import { guideFor, itemShape, resolveRef } from './schema-hints.ts';

type Schema = Record<string, unknown>;

/** A number as written (20250516), or what it is when JSON could not hold it (1e400 reads as Infinity). */
export function describeNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'a number too large to use';
}

/** What a value is, for "(got …)": "the text "UA, TR"", "number 7", "a list", "an object". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list in square brackets';
  if (typeof value === 'number')
    return Number.isFinite(value) ? `number ${describeNumber(value)}` : describeNumber(value);
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'boolean') return String(value);
  return 'an object in curly braces';
}

/** "{ "id", "relation" }": the keys an object must have, as an editor writes the braces. */
function objectShape(node: Schema | undefined): string {
  const required = (node?.required as string[] | undefined) ?? [];
  return required.length === 0 ? '{ … }' : `{ ${required.map((k) => `"${k}"`).join(', ')} }`;
}

/**
 * The object meant by a text written where an object belongs: a related event's id written alone is
 * { "id": "<the id>", "relation": "…" }. Only when the text fits exactly one required field of the object.
 */
function objectFromText(root: Schema, node: Schema | undefined, text: string): string | undefined {
  const required = (node?.required as string[] | undefined) ?? [];
  const properties = (node?.properties as Record<string, unknown> | undefined) ?? {};
  const fits = required.filter((key) => {
    const pattern = resolveRef(root, properties[key])?.pattern;
    return typeof pattern === 'string' && new RegExp(pattern, 'u').test(text);
  });
  if (fits.length !== 1) return undefined;
  const fields = required.map((key) => `"${key}": ${key === fits[0] ? JSON.stringify(text) : '"…"'}`);
  return `{ ${fields.join(', ')} }`;
}

/** The list meant by a text of items separated by commas or semicolons: ["UA", "TR"] for "UA, TR". */
function listFromText(text: string): string {
  const items = text
    .split(/\s*[,;]\s*/)
    .map((item) => item.trim())
    .filter(Boolean);
  return `[${(items.length > 0 ? items : [text]).map((item) => JSON.stringify(item)).join(', ')}]`;
}

function listAdvice(root: Schema, node: Schema | undefined, got: unknown): string {
  const items = resolveRef(root, node?.items);
  const shape = itemShape(root, node);
  if (items?.type === 'object' || shape !== undefined) {
    const one = objectShape(items);
    const fix =
      got !== null && typeof got === 'object' && !Array.isArray(got)
        ? `: put square brackets around it, [ { … } ], even for one`
        : `, e.g. [ ${one} ]`;
    return `must be a list in square brackets, of objects ${one} (got ${describeValue(got)})${fix}`;
  }
  const fix =
    typeof got === 'string'
      ? `: write ${listFromText(got)}, each item in its own quotes`
      : typeof got === 'number'
        ? `: write [${got}]`
        : ', e.g. ["UA", "TR"]';
  return `must be a list in square brackets (got ${describeValue(got)})${fix}`;
}

function wholeNumberAdvice(got: unknown): string {
  if (typeof got === 'string') {
    const digits = got.trim().replace(/(?<=\d)[, ](?=\d{3}\b)/g, '');
    if (/^-?\d+$/.test(digits))
      return `must be a whole number, written without quotes (got ${describeValue(got)}): write ${Number(digits)}`;
  }
  if (typeof got === 'number') return `must be a whole number, e.g. 95 (got ${describeValue(got)})`;
  return `must be a whole number written without quotes, e.g. 95 (got ${describeValue(got)})`;
}

/**
 * What a value of the wrong type should be, in words and with an example of what to write: "must be a list in
 * square brackets (got the text "UA, TR"): write ["UA", "TR"]" rather than "must be an array (got string …)".
 * `node` is the schema of the value; `pointer` where it is, for the section of CONTRIBUTING.md that explains it.
 */
export function typeAdvice(
  expected: string,
  got: unknown,
  node: Schema | undefined,
  root: Schema,
  pointer: string,
): string {
  const guide = guideFor(pointer);
  const withGuide = (message: string) => (guide ? `${message}. ${guide}` : message);
  switch (expected) {
    case 'array':
      return withGuide(listAdvice(root, node, got));
    case 'object': {
      // A whole file: the list of every field it needs would be long, and the schema's own words say it. A text
      // alone is no field of it, though it may have the form of one ("hello" of a track).
      const meant = typeof got === 'string' && pointer !== '' ? objectFromText(root, node, got) : undefined;
      const shape = pointer === '' ? '{ … }' : objectShape(node);
      return withGuide(
        `must be an object in curly braces, ${shape} (got ${describeValue(got)})${meant ? `: write ${meant}` : ''}`,
      );
    }
    case 'integer':
      return wholeNumberAdvice(got);
    case 'string':
      return `must be text between straight double quotes (got ${describeValue(got)})`;
    case 'boolean':
      return `must be true or false, without quotes (got ${describeValue(got)})`;
    default:
      return `must be ${expected} (got ${describeValue(got)})`;
  }
}
