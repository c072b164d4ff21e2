import { serialiseUrlState, type UrlState } from './url-state';

/**
 * The address of an event's title: the page as the reader has it (`state`: filters, view, span) with
 * that event open, written as the app writes its own address for that state (use-url-sync.ts). Opened
 * in a new tab, or copied, it shows what a plain click shows here. `path` is the page's own, for a site
 * served under a sub-path. No fragment: the app keeps none of its state there.
 */
export function eventHref(state: UrlState, eventId: string, path: string): string {
  return `${path}${serialiseUrlState({ ...state, event: eventId })}`;
}

/**
 * The address of a "Jump to year" link: the page as the reader has it, in the list, at that year's
 * heading. The list is named even where it is the view unnamed (a phone's): opened on a laptop, whose
 * view unnamed is the timeline, an address without it showed the timeline, the year nowhere in sight.
 * No event: the link goes to the year, not to an event's row.
 */
export function yearHref(state: UrlState, year: string, path: string): string {
  return `${path}${serialiseUrlState({ ...state, view: 'list', event: null })}#list-year-${year}`;
}

/**
 * The address that shows an event's thread: the page as the reader has it with the thread of that
 * event (the other filters kept, as "Show this thread" keeps them), as eventHref writes an event's.
 */
export function threadHref(state: UrlState, eventId: string, path: string): string {
  return `${path}${serialiseUrlState({ ...state, filters: { ...state.filters, thread: eventId } })}`;
}
