import type { DiplomaticEvent } from '../../../../src/lib/data/event.generated.ts';
import { error, quote, warning, type Problem } from '../problem.ts';
import { eachEvent, type EventFile, type Linter } from '../linter.ts';
import { ordinal } from '../pointer-words.ts';
import { sourceAt } from '../../../../src/lib/data/same-address.ts';

/**
 * A reference to one of the event's own sources (`/statusChange/source`, an account's source). Written exactly as
 * a source's url, it is fine. Written as the same page another way (http for https, "www.", a trailing "/", the
 * host's case: see addressKey), it is taken with a warning giving the exact address to copy, so that the file
 * names the page one way (the event's panel links it either way; the file is never rewritten for the editor).
 * Any other address is refused.
 */
function sourceReference(
  event: DiplomaticEvent,
  f: EventFile,
  pointer: string,
  reference: string,
  what: string,
  fix: string,
): Problem[] {
  const at = sourceAt(reference, event.sources);
  if (at >= 0) {
    const exact = event.sources[at]!.url;
    if (exact === reference) return [];
    return [
      warning(
        f.file,
        pointer,
        `is the page of the ${ordinal(at)} source, written ${quote(reference, 80)} here and ${quote(exact, 80)} there: copy ${quote(exact, 80)} here, so that ${what} names its source as the sources do`,
      ),
    ];
  }
  return [
    error(
      f.file,
      pointer,
      `must be the url of one of this event's sources (got ${quote(reference, 40)}): add that article to "sources", or copy the address of the source that ${fix}`,
    ),
  ];
}

export const statusChange: Linter = {
  name: 'status-change',
  description: 'A cancelled or postponed event says when, why, and which of its sources reports it.',
  reads: ['status', 'statusChange', 'sources'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      if (event.status !== 'cancelled' && event.status !== 'postponed') return [];
      if (!event.statusChange) {
        return [
          error(
            f.file,
            '/statusChange',
            `is required for a ${event.status} event: add { "date", "reason", "source" } saying when and why the plan changed`,
          ),
        ];
      }
      return sourceReference(
        event,
        f,
        '/statusChange/source',
        event.statusChange.source,
        'the reason',
        'reports the change',
      );
    }),
};

export const discrepancySources: Linter = {
  name: 'discrepancy-sources',
  description: 'Each account of a discrepancy rests on one of the event’s own sources.',
  reads: ['discrepancies', 'sources'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      return (event.discrepancies ?? []).flatMap((d, i) =>
        d.accounts.flatMap((a, j) =>
          sourceReference(
            event,
            f,
            `/discrepancies/${i}/accounts/${j}/source`,
            a.source,
            'the claim',
            'makes the claim',
          ),
        ),
      );
    }),
};

export const callsHaveNoPlace: Linter = {
  name: 'calls-have-no-place',
  description: 'A phone or video call has no location.',
  reads: ['kind', 'location'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      event.kind === 'call' && event.location
        ? [error(f.file, '/location', 'must be left out for a call: a call has no single place')]
        : [],
    ),
};
