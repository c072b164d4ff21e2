import type { DiplomaticEvent } from '../../../../src/lib/data/event.generated.ts';
import { distinctOutlets, keyEventKind } from '../../dataset/key-events.ts';
import { error } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

/** What the rule says about an event, or undefined when it has enough publishers (or needs only one). */
export function secondSourceMessage(event: DiplomaticEvent): string | undefined {
  const kind = keyEventKind(event);
  if (kind === undefined || distinctOutlets(event).length >= 2) return undefined;
  const written = [...new Set(event.sources.map((s) => s.publisher))];
  const named =
    written.length === 1
      ? written[0]
      : `${written.join(', ')}: copies of one story, or pages of one site, count once`;
  return `${kind} needs sources from at least two publishers; it has one (${named}): add a report from another outlet`;
}

export const keyEventSources: Linter = {
  name: 'key-event-sources',
  description:
    'Key events (rounds, summits, cancellations, exchanges of over 100 people) rest on two publishers.',
  reads: ['kind', 'status', 'exchange', 'sources'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      const message = secondSourceMessage(event);
      return message === undefined ? [] : [error(f.file, '/sources', message)];
    }),
};
