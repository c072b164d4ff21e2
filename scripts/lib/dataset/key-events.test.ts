import { expect, it } from 'vitest';
import { isKeyEvent } from './key-events';

it('treats rounds, summits, cancellations and exchanges of over 100 people as key events', () => {
  expect(isKeyEvent({ kind: 'negotiation-round', status: 'held' })).toBe(true);
  expect(isKeyEvent({ kind: 'call', status: 'cancelled' })).toBe(true);
  expect(
    isKeyEvent({ kind: 'prisoner-exchange', status: 'held', exchange: { toUkraine: 84, toRussia: 84 } }),
  ).toBe(true);
  expect(
    isKeyEvent({ kind: 'prisoner-exchange', status: 'held', exchange: { toUkraine: 40, toRussia: 40 } }),
  ).toBe(false);
  expect(isKeyEvent({ kind: 'statement', status: 'held' })).toBe(false);
});

it('treats a prisoner exchange of an undisclosed number as a key event: it may be a large one', () => {
  expect(isKeyEvent({ kind: 'prisoner-exchange', status: 'held' })).toBe(true);
  expect(
    isKeyEvent({ kind: 'prisoner-exchange', status: 'held', exchange: { note: 'Numbers not disclosed.' } }),
  ).toBe(true);
  expect(isKeyEvent({ kind: 'prisoner-exchange', status: 'held', exchange: { toUkraine: 84 } })).toBe(false);
});
