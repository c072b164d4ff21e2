import type { EventKind, EventStatus } from './event.generated';

export const KIND_LABELS: Record<EventKind, string> = {
  'negotiation-round': 'Negotiation round',
  summit: 'Summit',
  meeting: 'Meeting',
  call: 'Call',
  agreement: 'Agreement',
  'prisoner-exchange': 'Prisoner exchange',
  statement: 'Statement',
  proposal: 'Proposal',
};

export const STATUS_LABELS: Record<EventStatus, string> = {
  held: 'Held',
  planned: 'Planned',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

/** Words for a value the build did not know (an older app reading a newer dataset): shown, not hidden. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as EventKind] ?? kind;
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as EventStatus] ?? status;
}
