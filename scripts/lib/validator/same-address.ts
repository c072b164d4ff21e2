/**
 * The form in which two addresses of one page compare equal: a copied address differs by a trailing "/", a
 * "#fragment" (a place on the page), "HTTP" for "https" or an upper-case host, and none of these makes it
 * another page. Only for comparing: the address stored is the one the editor copied.
 */
export function addressKey(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return value;
  // The parser has lower-cased the scheme and the host; the scheme is left out, so http and https are alike.
  const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  return `//${url.host}${path}${url.search}`;
}
