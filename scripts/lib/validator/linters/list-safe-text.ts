import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

/**
 * The CSV export lists an event's publishers in one cell, separated by "; ", so that the n-th belongs to the
 * n-th address of source_urls (a column scripts read by position since the first release). A publisher
 * with a semicolon of its own would split in two there and shift every publisher after it.
 */
export const listSafePublishers: Linter = {
  name: 'list-safe-publishers',
  description: 'A publisher has no semicolon: exports list publishers separated by "; ".',
  reads: ['sources'],
  check: (context) =>
    eachEvent(context, (event, f) =>
      event.sources.flatMap((s, i) =>
        s.publisher.includes(';')
          ? [
              error(
                f.file,
                `/sources/${i}/publisher`,
                `must not contain a semicolon (got ${quote(s.publisher)}): exports list publishers separated by "; "; write a comma or a dash instead`,
              ),
            ]
          : [],
      ),
    ),
};
