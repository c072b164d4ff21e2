/**
 * What a view says when it shows no event: the filters left none (and clearing them helps), or there
 * is none to show at all. The timeline and the list say the same.
 */
export function noEventsMessage(filtering: boolean): string {
  return filtering
    ? 'No event matches these filters. Clear a filter or all of them to see more.'
    : 'There are no events to show.';
}
