import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

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
      const urls = new Set(event.sources.map((s) => s.url));
      if (urls.has(event.statusChange.source)) return [];
      return [
        error(
          f.file,
          '/statusChange/source',
          `must be the url of one of this event's sources (got ${quote(event.statusChange.source, 40)}): add that article to "sources"`,
        ),
      ];
    }),
};

export const discrepancySources: Linter = {
  name: 'discrepancy-sources',
  description: 'Each account of a discrepancy rests on one of the event’s own sources.',
  reads: ['discrepancies', 'sources'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      const urls = new Set(event.sources.map((s) => s.url));
      return (event.discrepancies ?? []).flatMap((d, i) =>
        d.accounts.flatMap((a, j) =>
          urls.has(a.source)
            ? []
            : [
                error(
                  f.file,
                  `/discrepancies/${i}/accounts/${j}/source`,
                  `must be the url of one of this event's sources (got ${quote(a.source, 40)})`,
                ),
              ],
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
