/**
 * The address if it is an http(s) web address, else null. The validator already refuses anything else;
 * this is the second line, at render time, for a data file that did not come through the validator.
 * An address with a user name or password is refused too: "https://www.bbc.com@example.net/" reads as
 * one site and leads to another.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}
