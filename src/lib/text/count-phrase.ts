import { formatCount } from './format-count';

/** A count with its noun, singular for exactly one: "1 event", "0 events", "10,000 events". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** "1 event", "12 events". */
export function eventCount(count: number): string {
  return countOf(count, 'event');
}

/** The verb after a count: "1 event is", "3 events are". */
export function isOrAre(count: number): string {
  return count === 1 ? 'is' : 'are';
}
