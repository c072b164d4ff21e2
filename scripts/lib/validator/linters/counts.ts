import { error } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

export const safeCounts: Linter = {
  name: 'safe-counts',
  description: 'Counts of people are whole numbers small enough for JSON to hold exactly.',
  reads: ['exchange'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      (['toUkraine', 'toRussia'] as const).flatMap((side) => {
        const count = event.exchange?.[side];
        // Above 2^53 JSON.parse rounds silently: 12345678901234567890123 reads as 1.2345678901234568e+22.
        return count === undefined || Number.isSafeInteger(count)
          ? []
          : [
              error(
                f.file,
                `/exchange/${side}`,
                `is too large to be a count (got ${count}): check the figure`,
              ),
            ];
      }),
    ),
};
