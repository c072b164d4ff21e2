/* This file is generated from data/schema/*.schema.json by `npm run gen:types`. Do not edit it by hand:
 * the schema is the single source of truth, and a unit test fails when this file is out of date. */

/**
 * What sort of event this is. Drives the mark and colour on the timeline.
 */
export type EventKind =
  | 'negotiation-round'
  | 'summit'
  | 'meeting'
  | 'call'
  | 'agreement'
  | 'prisoner-exchange'
  | 'statement'
  | 'proposal';
/**
 * Whether the event took place. "held": it happened. "planned": announced and still to come. "postponed": moved to a later or unknown date. "cancelled": announced, then called off or not held. Postponed and cancelled events need statusChange.
 */
export type EventStatus = 'held' | 'planned' | 'postponed' | 'cancelled';
/**
 * When the event began (or was planned to happen), at the precision the sources support: "2025", "2025-10" (some day in October 2025) or "2025-10-16". A calendar date in the local time of the place where it happened; it never shifts with the reader's time zone.
 */
export type PartialDateString = string;
/**
 * Last day of a multi-day event, at the same kind of precision as start. Omit for one-day events. Must not be before start.
 */
export type PartialDateString1 = string;
/**
 * When the event was first announced, for events that were planned before they were held or called off.
 */
export type PartialDateString2 = string;
/**
 * When the change was made public.
 */
export type PartialDateString3 = string;
/**
 * An ISO 3166-1 alpha-2 country code or an organisation code, listed in data/vocabulary.json.
 */
export type PartyCode = string;
/**
 * The article's publication date as it shows it. Omit when the article shows none.
 */
export type PartialDateString4 = string;
/**
 * "follows": comes after that event in the same line; "part-of": one part of that event or series; "led-to": this event brought that one about; "result-of": this event came out of that one; "announced-by": that event announced this one; "cancelled-by": that event called this one off; "responds-to": reacts to that event; "see-also": otherwise related.
 */
export type Relation =
  | 'follows'
  | 'part-of'
  | 'led-to'
  | 'result-of'
  | 'announced-by'
  | 'cancelled-by'
  | 'responds-to'
  | 'see-also';

/**
 * One event in the Diplomatic Timeline dataset: a negotiation round, summit, meeting, call, agreement, prisoner exchange, statement or proposal in the diplomacy of the Russia–Ukraine war. One file per event, at data/events/<year>/<id>.json. All text is plain text: HTML is never rendered and is rejected by the validator.
 */
export interface DiplomaticEvent {
  /**
   * Relative path to this schema, so that code editors offer completion and inline errors. Use "../../schema/event.schema.json".
   */
  $schema?: string;
  /**
   * Stable identifier: a lowercase kebab-case slug that begins with the event's start date at its precision, e.g. "2025-05-16-istanbul-talks-round-1" or "2025-10-budapest-summit". Must equal the file name without .json. Change an id once published only when you must: links and citations use it. Then (or when you merge another event into this one) list the old id in formerIds.
   */
  id: string;
  /**
   * The ids this event had before, and the ids of events merged into it, so that links that use an old id (?event=<id>, as citations give them) still open this event: the app opens it, says that the id has changed, and puts the current id in the address. Add the old id here when you rename the event or merge another into it. None may be the id of an event that exists, and each old id belongs to one event only.
   *
   * Items: An earlier id of this event, or the id of an event merged into it, written as ids are: a lowercase kebab-case slug that begins with a date, e.g. "2025-05-16-istanbul-talks".
   */
  formerIds?: string[];
  /**
   * Short, specific plain-text title, e.g. "Second round of Russia–Ukraine talks in Istanbul".
   */
  title: string;
  /**
   * One to three neutral plain-text sentences in the editor's own words: what happened and what came of it.
   */
  summary: string;
  kind: EventKind;
  status: EventStatus;
  /**
   * The line of diplomacy the event belongs to; one lane on the timeline. Must be a key of "tracks" in data/vocabulary.json (e.g. "russia-ukraine", "us-russia", "us-ukraine", "multilateral", "prisoner-exchanges").
   */
  track: string;
  start: PartialDateString;
  end?: PartialDateString1;
  /**
   * Plain-text note on the date when it needs one, e.g. when outlets in different time zones give different days.
   */
  dateNote?: string;
  announced?: PartialDateString2;
  statusChange?: StatusChange;
  location?: Location;
  /**
   * The sides involved: ISO 3166-1 alpha-2 country codes ("UA", "RU", "US") or organisation codes ("UN", "EU", "NATO", "ICRC"). Each must be a key of "parties" in data/vocabulary.json.
   *
   * @minItems 1
   */
  parties: [PartyCode, ...PartyCode[]];
  /**
   * People who took part, with their role at the time.
   */
  participants?: Participant[];
  /**
   * Short plain-text results, e.g. "Agreed a 1,000-for-1,000 prisoner exchange".
   */
  outcomes?: string[];
  exchange?: Exchange;
  /**
   * Where sources disagree (figures from Moscow and from Kyiv, dates across time zones): what each account says and which source says it.
   */
  discrepancies?: Discrepancy[];
  /**
   * The articles that report the event: at least one, two from different publishers for key events. Each must be a real article that was found and read.
   *
   * @minItems 1
   */
  sources: [Source, ...Source[]];
  /**
   * Links to other events so a reader can follow a thread. The relation reads "this event <relation> that event".
   */
  related?: RelatedLink[];
  /**
   * Lowercase kebab-case keywords for filtering, e.g. "istanbul-process", "black-sea".
   */
  tags?: string[];
}
/**
 * Required when status is "postponed" or "cancelled": when the plan changed, why, and which of this event's sources reports it.
 */
export interface StatusChange {
  date: PartialDateString3;
  /**
   * Plain-text reason as the sources give it.
   */
  reason: string;
  /**
   * The url of one of this event's sources that reports the change.
   */
  source: string;
}
/**
 * Where the event took place (or was to take place). Omit for calls and for statements without a place.
 */
export interface Location {
  /**
   * City or area, e.g. "Istanbul".
   */
  place: string;
  /**
   * Building or site, e.g. "Dolmabahçe Palace".
   */
  venue?: string;
  /**
   * ISO 3166-1 alpha-2 code of the country, e.g. "TR".
   */
  country: string;
}
export interface Participant {
  /**
   * Full name, e.g. "Rustem Umerov".
   */
  name: string;
  /**
   * Role at the time, e.g. "Head of Ukraine's delegation, Defence Minister".
   */
  role: string;
  /**
   * An ISO 3166-1 alpha-2 country code or an organisation code, listed in data/vocabulary.json.
   */
  party: string;
}
/**
 * Required for prisoner exchanges, and only for them: how many people each side received, as reported (at least one of toUkraine and toRussia; where neither side gave a number, only a note saying so). Where Moscow and Kyiv report different figures, use discrepancies.
 */
export interface Exchange {
  /**
   * People returned to Ukraine.
   */
  toUkraine?: number;
  /**
   * People returned to Russia.
   */
  toRussia?: number;
  /**
   * Plain-text detail, e.g. who was included.
   */
  note?: string;
}
export interface Discrepancy {
  /**
   * What the accounts disagree on.
   */
  topic: string;
  /**
   * Each account with its source (the url of one of this event's sources).
   *
   * @minItems 2
   */
  accounts: [Account, Account, ...Account[]];
}
export interface Account {
  /**
   * What this account says.
   */
  claim: string;
  /**
   * The url of one of this event's sources.
   */
  source: string;
}
export interface Source {
  /**
   * Address of the article (http or https only).
   */
  url: string;
  /**
   * The article's headline as published (in its own language).
   */
  title: string;
  /**
   * Who published it, e.g. "Kyiv Independent" or "Star Tribune (AP)" for a syndicated copy.
   */
  publisher: string;
  published?: PartialDateString4;
  /**
   * BCP 47 language tag of the article, e.g. "en", "uk", "ru", "tr", "id".
   */
  language: string;
  /**
   * Address of an archived copy (http or https only), e.g. on the Wayback Machine.
   */
  archiveUrl?: string;
}
export interface RelatedLink {
  /**
   * The id of an existing event.
   */
  id: string;
  relation: Relation;
}

/**
 * The names behind the codes used in event files: parties (countries and organisations) and tracks (the lanes of the timeline).
 */
export interface Vocabulary {
  /**
   * Relative path to this schema: "schema/vocabulary.schema.json".
   */
  $schema?: string;
  /**
   * Party code (ISO 3166-1 alpha-2 for countries, an upper-case acronym for organisations) to its English name.
   */
  parties: {
    [k: string]:
      | {
          /**
           * English name, e.g. "Ukraine".
           */
          name: string;
          /**
           * "country" or "organisation".
           */
          type?: 'country' | 'organisation';
        }
      | undefined;
  };
  /**
   * Track key to its lane label and the order of lanes on the timeline (lower first).
   */
  tracks: {
    [k: string]:
      | {
          /**
           * Lane label, e.g. "Russia–Ukraine talks".
           */
          name: string;
          /**
           * One plain-text sentence on what belongs in this lane.
           */
          description?: string;
          /**
           * Position of the lane, top to bottom.
           */
          order: number;
        }
      | undefined;
  };
}
