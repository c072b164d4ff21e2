/**
 * The form in which two addresses of one page compare equal: a copied address differs by a trailing "/", a
 * "#fragment" (a place on the page), "HTTP" for "https", an upper-case host or "www." before the site's name
 * (news sites answer at both, sending readers on from one to the other), and none of these makes it another
 * page. Only for comparing: the address stored is the one the editor copied. Every rule about one page uses it:
 * within an event (unique-sources, an archive copy at the source's own address) and across events
 * (source-details, probable-duplicates).
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
  // "www." goes only where a site's name with a dot is left ("www.bbc.com", not "www.com").
  const host = url.host.replace(/^www\.(?=[^.]+\.)/, '');
  const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  return `//${host}${path}${url.search}`;
}

/**
 * Which of `sources` a claim (a status change, an account) names by `url`: the one at that address, else the
 * one at the same page written another way (see addressKey). −1 when it names none. The validator warns of the
 * second kind; the event panel links either to its source.
 */
export function sourceAt(url: string, sources: readonly { url: string }[]): number {
  const exact = sources.findIndex((s) => s.url === url);
  if (exact !== -1) return exact;
  const key = addressKey(url);
  return sources.findIndex((s) => addressKey(s.url) === key);
}
