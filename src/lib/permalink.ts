/** The address that reopens one event: the site's own address with only ?event=<id>. */
export function eventPermalink(
  id: string,
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  return `${location.origin}${location.pathname}?event=${encodeURIComponent(id)}`;
}
