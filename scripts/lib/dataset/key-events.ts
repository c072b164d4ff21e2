import type { DiplomaticEvent } from '../../../src/lib/data/event.generated.ts';
import { outlets } from './outlets.ts';

/**
 * What makes an event a key event, which must rest on two publishers, as an editor would say it ("a
 * negotiation round", "a cancelled event"); undefined for other events.
 */
export function keyEventKind(e: Pick<DiplomaticEvent, 'kind' | 'status' | 'exchange'>): string | undefined {
  if (e.kind === 'negotiation-round') return 'a negotiation round';
  if (e.kind === 'summit') return 'a summit';
  if (e.status === 'cancelled' || e.status === 'postponed') return `a ${e.status} event`;
  if (e.kind === 'prisoner-exchange') {
    // Figures kept secret ("numbers not disclosed") may hide a large exchange: it needs the second outlet too.
    if (e.exchange?.toUkraine === undefined && e.exchange?.toRussia === undefined)
      return 'a prisoner exchange of an undisclosed number of people';
    const total = (e.exchange.toUkraine ?? 0) + (e.exchange.toRussia ?? 0);
    if (total > 100) return 'a prisoner exchange of over 100 people';
  }
  return undefined;
}

/**
 * Events that must rest on two publishers: rounds, summits, cancellations and exchanges of over 100 people (or
 * of an undisclosed number).
 */
export function isKeyEvent(e: Pick<DiplomaticEvent, 'kind' | 'status' | 'exchange'>): boolean {
  return keyEventKind(e) !== undefined;
}

/**
 * The outlets an event rests on, one label each (the publisher names of its sources, joined): copies of one
 * agency story are one outlet, and so are pages of one site however its name is written (see outlets).
 */
export function distinctOutlets(e: Pick<DiplomaticEvent, 'sources'>): string[] {
  return outlets(e).map((names) => names.join(' / '));
}
