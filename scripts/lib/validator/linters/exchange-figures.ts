import type { DiplomaticEvent } from '../../../../src/lib/data/event.generated.ts';
import { error } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

/**
 * A prisoner exchange says how many people it freed: without figures it counted as a small one, which may rest
 * on one publisher, however large it was. Where neither side gave a number, a note says so, and the exchange
 * counts as a key event (see keyEventKind). Figures on another kind of event would be shown and exported as an
 * exchange that is not one.
 */
/** What is wrong with an event's exchange figures, or undefined when nothing is. */
export function exchangeMessage(event: Pick<DiplomaticEvent, 'kind' | 'exchange'>): string | undefined {
  const exchange = event.exchange;
  if (event.kind !== 'prisoner-exchange')
    return exchange === undefined
      ? undefined
      : `is only for prisoner exchanges (kind is "${event.kind}"): remove it, or make the kind "prisoner-exchange"; an exchange agreed at this event goes in "outcomes", or in an event of its own linked with "led-to"`;
  if (exchange === undefined)
    return 'is required for a prisoner exchange: give the number each side received, as reported, e.g. { "toUkraine": 390, "toRussia": 390 }; if neither side gave one, { "note": "Numbers not disclosed: …" }';
  if (exchange.toUkraine === undefined && exchange.toRussia === undefined && !exchange.note?.trim())
    return 'gives no figure: add "toUkraine" or "toRussia" (the number each side received, as reported), or, if neither side gave one, a "note" saying so';
  return undefined;
}

export const exchangeFigures: Linter = {
  name: 'exchange-figures',
  description:
    'A prisoner exchange has "exchange" with a count, or a note where none was given; no other kind has it.',
  reads: ['kind', 'exchange'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      const message = exchangeMessage(event);
      return message === undefined ? [] : [error(f.file, '/exchange', message)];
    }),
};
