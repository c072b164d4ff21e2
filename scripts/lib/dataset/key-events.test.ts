import { expect, it } from 'vitest';
import { distinctPublishers, isKeyEvent, originalPublisher } from './key-events';

it('counts a syndicated copy under the agency that wrote it', () => {
  expect(originalPublisher('Star Tribune (AP)')).toBe('ap');
  expect(originalPublisher('Xural (citing Anadolu)')).toBe('anadolu');
  expect(originalPublisher('TASS (via news-pravda)')).toBe('tass');
  expect(originalPublisher('Kyiv Independent')).toBe('kyiv independent');
  const sources = ['Star Tribune (AP)', 'WPXI (AP)', 'TASS'].map((publisher) => ({
    publisher,
    url: 'u',
    title: 't',
    language: 'en',
  }));
  expect(distinctPublishers({ sources: sources as never })).toEqual(['ap', 'tass']);
});

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
