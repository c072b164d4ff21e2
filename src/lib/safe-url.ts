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

/**
 * What an export writes in place of an address that is not a web link, where the page says "address
 * withheld: not a web link". One word of no spaces: source_urls in the CSV export is split at spaces.
 */
export const WITHHELD_ADDRESS = '(address-withheld:not-a-web-link)';

/**
 * An address as every export writes it: as the data has it when the page would link to it (so that a
 * discrepancy's source still matches its source's address), else WITHHELD_ADDRESS. A `javascript:` or
 * `data:` address the page refuses to link must not reach a spreadsheet, a calendar or a script either.
 * One with a space or a line break in it (which the validator refuses) is written as a browser writes
 * it, with those encoded, so that a list of addresses split at spaces keeps its items.
 */
export function exportedAddress(value: string): string {
  const href = safeHref(value);
  if (href === null) return WITHHELD_ADDRESS;
  return /\s/.test(value) ? href : value;
}
