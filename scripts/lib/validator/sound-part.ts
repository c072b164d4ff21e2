import type { DiplomaticEvent } from '../../../src/lib/data/event.generated.ts';
import type { SchemaDamage } from './schema-check.ts';

type Json = Record<string, unknown>;

/**
 * The part of an event file that passed the schema, for the rules to check in the same run as the schema's
 * errors: the value without its keys the schema does not know and without its broken top-level fields
 * (`damage.broken`, which the rules that read them must not be given). Undefined when no part is sound (the
 * value is not an object). The parsed file itself is left as it is: plain-text reads it whole.
 */
export function soundPart(value: unknown, damage: SchemaDamage): DiplomaticEvent | undefined {
  const { broken } = damage;
  if (broken === undefined || value === null || typeof value !== 'object' || Array.isArray(value))
    return undefined;
  const copy: Json = { ...(value as Json) };
  for (const field of broken) delete copy[field];
  for (const path of damage.unknownKeys) {
    // An unknown key at the top level, or one under a field left out already.
    if (path.length > 1 && broken.has(path[0]!)) continue;
    let node = copy;
    // Copied on the way down, so that the parsed file keeps the key.
    for (const key of path.slice(0, -1)) {
      const child = node[key];
      if (child === null || typeof child !== 'object') break;
      const copied = (Array.isArray(child) ? [...child] : { ...(child as Json) }) as Json;
      node[key] = copied;
      node = copied;
    }
    delete node[path.at(-1)!];
  }
  return copy as unknown as DiplomaticEvent;
}
