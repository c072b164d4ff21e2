export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The narrowest and the widest span the timeline shows. A week is the closest view that still shows
 * context; 12 years the widest the war's diplomacy needs. A link's span must fit them, or the timeline
 * would quietly show another span than the link names.
 */
export const MIN_SPAN_MS = 7 * DAY_MS;
export const MAX_SPAN_YEARS = 12;
export const MAX_SPAN_MS = MAX_SPAN_YEARS * 365 * DAY_MS;
