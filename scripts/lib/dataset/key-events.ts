import type { DiplomaticEvent } from '../../../src/lib/data/event.generated.ts';

/** Events that must rest on two publishers: rounds, summits, cancellations and exchanges of over 100 people. */
export function isKeyEvent(e: Pick<DiplomaticEvent, 'kind' | 'status' | 'exchange'>): boolean {
  if (e.kind === 'negotiation-round' || e.kind === 'summit') return true;
  if (e.status === 'cancelled' || e.status === 'postponed') return true;
  if (e.kind === 'prisoner-exchange') {
    const total = (e.exchange?.toUkraine ?? 0) + (e.exchange?.toRussia ?? 0);
    return total > 100;
  }
  return false;
}

/** Publishers counted once each, ignoring case and the "(AP)"-style note on a syndicated copy. */
export function distinctPublishers(e: Pick<DiplomaticEvent, 'sources'>): string[] {
  return [...new Set(e.sources.map((s) => s.publisher.trim().toLowerCase()))];
}
