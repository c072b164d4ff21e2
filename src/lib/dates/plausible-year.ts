/**
 * The years an event of this chronology can fall in. Its diplomacy begins with Crimea and Minsk
 * (2014); a planned event may lie a few years ahead, not decades. Outside them a date is a typo
 * ("2205" for "2025"), and one such event stretched the timeline and the density chart across
 * centuries: a 9999 froze the page for 15 seconds and opened the timeline on year 6005.
 * The validator's rule (plausible-dates) counts the years ahead to the day; the app, which only guards
 * against a hand-edited events.json, to the end of the year. It imports nothing, so that the validator,
 * which vite.config.ts loads, can use it as it is.
 */
export const FIRST_PLAUSIBLE_YEAR = 2014;
export const PLAUSIBLE_YEARS_AHEAD = 5;

export function lastPlausibleYear(today: Date = new Date()): number {
  return today.getUTCFullYear() + PLAUSIBLE_YEARS_AHEAD;
}
