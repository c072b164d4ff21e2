/**
 * Characters that draw nothing: bidi controls (U+202E would run the rest of a line backwards, and let
 * a link make the app's own words say something else), zero-width spaces and joiners, soft hyphens,
 * tags. Text copied from a web page often carries some (a soft hyphen in "Bürgen­stock", a mark of
 * direction beside a name) that the reader cannot see.
 */
export const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export const withoutInvisible = (text: string): string => text.replace(INVISIBLE, '');

/**
 * The direction controls that reorder the text after them (embeddings, overrides, isolates), as the
 * validator refuses them in event files (scripts/lib/validator/problem.ts). Marks of direction (U+200E,
 * U+200F) are not among them: they only set the direction of the neutral characters beside them.
 */
export const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
