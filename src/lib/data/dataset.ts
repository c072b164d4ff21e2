import type { DiplomaticEvent, Vocabulary } from './event.generated';

export type { DiplomaticEvent, Vocabulary };

/** The shape of data/events.json, written by the build and fetched by the app. */
export interface DatasetFile {
  version: string;
  generatedAt: string;
  vocabulary: Pick<Vocabulary, 'parties' | 'tracks'>;
  events: Omit<DiplomaticEvent, '$schema'>[];
}

export type EventRecord = DatasetFile['events'][number];
