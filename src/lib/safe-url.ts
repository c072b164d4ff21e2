/**
 * The address if it is an http(s) web address, else null. The validator already refuses anything else;
 * this is the second line, at render time, for a data file that did not come through the validator.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
