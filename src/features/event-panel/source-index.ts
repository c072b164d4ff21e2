import type { EventRecord } from '../../lib/data/dataset';
import { addressKey } from '../../lib/data/same-address';

/**
 * Which of the event's sources a claim (a status change, an account) names: the one at its address, else the
 * one at the same page written another way ("http://", "www.", a trailing "/"), which the validator lets
 * pass with a warning. −1 when it names none.
 */
export function sourceIndex(url: string, sources: EventRecord['sources']): number {
  const exact = sources.findIndex((s) => s.url === url);
  if (exact !== -1) return exact;
  const key = addressKey(url);
  return sources.findIndex((s) => addressKey(s.url) === key);
}
