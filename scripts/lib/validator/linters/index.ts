import type { Linter } from '../linter.ts';
import { safeCounts } from './counts.ts';
import { exchangeFigures } from './exchange-figures.ts';
import { calendarDates, endAfterStart, notInTheFuture, planDatesInOrder } from './dates.ts';
import { fileLayout, uniqueIds } from './file-layout.ts';
import { schemaReference } from './schema-reference.ts';
import { formerIds } from './former-ids.ts';
import { keyEventSources } from './key-event-sources.ts';
import { knownLanguages } from './languages.ts';
import { placeholderSources, stalePlans } from './placeholders.ts';
import { plainText } from './plain-text.ts';
import { plausibleDates } from './plausible-dates.ts';
import { probableDuplicates } from './probable-duplicates.ts';
import { relatedLinks } from './related.ts';
import { followsLoops, relatedDates } from './related-order.ts';
import { sourceDates } from './source-dates.ts';
import { sourceDetails } from './source-details.ts';
import { callsHaveNoPlace, discrepancySources, statusChange } from './status.ts';
import { httpUrls, uniqueSources } from './urls.ts';
import { trackingParams } from './tracking-params.ts';
import { knownCodes, participantParties } from './vocabulary.ts';
import { listSafePublishers } from './list-safe-text.ts';

export const linters: Linter[] = [
  fileLayout,
  schemaReference,
  uniqueIds,
  formerIds,
  calendarDates,
  endAfterStart,
  planDatesInOrder,
  plausibleDates,
  notInTheFuture,
  sourceDates,
  stalePlans,
  plainText,
  httpUrls,
  trackingParams,
  uniqueSources,
  placeholderSources,
  listSafePublishers,
  sourceDetails,
  keyEventSources,
  statusChange,
  discrepancySources,
  callsHaveNoPlace,
  safeCounts,
  exchangeFigures,
  knownCodes,
  knownLanguages,
  participantParties,
  relatedLinks,
  relatedDates,
  followsLoops,
  probableDuplicates,
];
