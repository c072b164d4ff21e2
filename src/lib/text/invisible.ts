/**
 * Characters that draw nothing: bidi controls (U+202E would run the rest of a line backwards, and let
 * a link make the app's own words say something else), zero-width spaces and joiners, soft hyphens,
 * tags. Text copied from a web page often carries some (a soft hyphen in "Bürgen­stock", a mark of
 * direction beside a name) that the reader cannot see.
 */
export const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export const withoutInvisible = (text: string): string => text.replace(INVISIBLE, '');

/**
 * The direction controls, as a character class's contents: the embeddings, overrides and isolates, which
 * reorder the text after them, and the marks of direction (left-to-right U+200E, right-to-left U+200F, Arabic
 * letter U+061C), which turn the neutral characters beside them (a bracket, a number) the other way. All are
 * invisible, so an editor cannot see what they do: the validator refuses them in event files
 * (scripts/lib/validator/problem.ts), and the app leaves out a served event that has one.
 */
export const DIRECTION_CONTROL_CHARACTERS = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';

export const DIRECTION_CONTROL = new RegExp(`[${DIRECTION_CONTROL_CHARACTERS}]`);
