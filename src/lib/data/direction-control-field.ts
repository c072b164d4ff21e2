import { DIRECTION_CONTROL, withoutInvisible } from '../text/invisible';
import { cutText } from '../text/cut-text';

/** A field of a parsed JSON value, its parent and the key it has there. */
interface Field {
  value: unknown;
  key: string | number | null;
  parent: Field | null;
}

/** The longest way to a field a notice shows; a file may nest a field deeper than any line holds. */
const MAX_PATH = 80;

/** `sources[0].publisher`: the way to a field, as the skipped-event notice names it, cut to MAX_PATH. */
function pathOf(field: Field): string {
  const keys: (string | number)[] = [];
  for (let f: Field | null = field; f?.key != null; f = f.parent) keys.push(f.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0 && path.length <= MAX_PATH; i--) {
    const key = keys[i]!;
    // A key is the file's text too, and the notice quotes the path among its own words.
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${withoutInvisible(key)}`;
  }
  return path.length > MAX_PATH ? `${cutText(path, MAX_PATH)}…` : path;
}

/** Deeper than any field the app reads: below it the walk keeps a stack of its own. */
const DEEP = 32;

// Recursion is twice as fast as a stack of one's own (20,000 events in some 25 ms), but a served file
// nested 100,000 deep would overflow the call stack: below DEEP the walk goes on without it. Fields the
// app never reads are walked too: an export writes them out.
function hasDirectionControl(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return DIRECTION_CONTROL.test(v);
  if (v === null || typeof v !== 'object') return false;
  if (depth > DEEP) return firstDirectionControl(v) !== null;
  if (Array.isArray(v)) return v.some((item) => hasDirectionControl(item, depth + 1));
  for (const key in v) if (hasDirectionControl((v as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/**
 * The first field (in the file's order) of a parsed JSON value whose text holds a direction control,
 * and the control, or null. The fields are first only looked through: naming the one that holds it costs
 * more, and is done only for an event that has one.
 */
export function directionControlField(value: unknown): { path: string; control: string } | null {
  return hasDirectionControl(value) ? firstDirectionControl(value) : null;
}

function firstDirectionControl(value: unknown): { path: string; control: string } | null {
  const stack: Field[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const field = stack.pop()!;
    const v = field.value;
    if (typeof v === 'string') {
      const control = DIRECTION_CONTROL.exec(v)?.[0];
      if (control === undefined) continue;
      return { path: pathOf(field), control };
    }
    if (v === null || typeof v !== 'object') continue;
    const entries: [string | number, unknown][] = Array.isArray(v) ? [...v.entries()] : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--)
      stack.push({ value: entries[i]![1], key: entries[i]![0], parent: field });
  }
  return null;
}
