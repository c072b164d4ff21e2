import type { EventKind } from './event.generated';

/**
 * A shape for each kind, beside its colour (set per kind in kind-colors.css), so that kind is never
 * told by colour alone.
 */
export const KIND_MARKS: Record<EventKind, string> = {
  'negotiation-round': '◆',
  summit: '★',
  meeting: '●',
  call: '☎',
  agreement: '✔',
  'prisoner-exchange': '⇄',
  statement: '❝',
  proposal: '✎',
};

export function kindMark(kind: string): string {
  return KIND_MARKS[kind as EventKind] ?? '■';
}
