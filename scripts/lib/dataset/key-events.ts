import type { DiplomaticEvent } from '../../../src/lib/data/event.generated.ts';

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
 * The outlet behind a source: for a syndicated copy ("Star Tribune (AP)", "TimesLIVE (Reuters)") the
 * agency that wrote it, since two copies of one agency story are one publisher, not two.
 */
export function originalPublisher(publisher: string): string {
  const note = /\(([^()]+)\)\s*$/.exec(publisher)?.[1]?.trim();
  const bare = publisher.replace(/\s*\([^()]*\)\s*$/, '');
  // "(via X)" names the mirror, not the author; "(citing X)" and "(X)" name the author.
  const name = !note || /^via\b/i.test(note) ? bare : note.replace(/^citing\s+/i, '');
  return name.trim().toLowerCase();
}

/** Publishers counted once each, a syndicated copy under the agency that wrote it. */
export function distinctPublishers(e: Pick<DiplomaticEvent, 'sources'>): string[] {
  return [...new Set(e.sources.map((s) => originalPublisher(s.publisher)))];
}
