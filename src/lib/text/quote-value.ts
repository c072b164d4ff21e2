import { cutText } from './cut-text';
import { withoutInvisible } from './invisible';

/**
 * A value from outside (a link's parameter, text a reader typed) quoted in one of the app's
 * sentences: in “curly quotes”, which IsolatedQuotes isolates, cut to 40 characters, and without the
 * invisible characters that could make the sentence read otherwise, saying so when it dropped some.
 * Curly quotes inside the value are shown straight: they would end the quotation early, leaving the
 * rest of the value outside the isolation.
 */
export function quoteValue(value: string): string {
  const straight = value.replace(/[“”]/g, '"');
  const v = withoutInvisible(straight);
  const cut = cutText(v, 40);
  const quoted = `“${cut === v ? v : `${cut}…`}”`;
  return v === straight ? quoted : `${quoted} (invisible characters removed)`;
}
