/**
 * Characters that draw nothing: bidi controls (U+202E would run the rest of a line backwards, and let
 * a link make the app's own words say something else), zero-width spaces and joiners, soft hyphens,
 * tags. Text copied from a web page often carries some (a soft hyphen in "Bürgen­stock", a mark of
 * direction beside a name) that the reader cannot see.
 */
export const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export const withoutInvisible = (text: string): string => text.replace(INVISIBLE, '');
