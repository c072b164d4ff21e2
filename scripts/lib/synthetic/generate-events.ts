import type { DiplomaticEvent, EventKind, EventStatus } from '../../../src/lib/data/event.generated.ts';
import { daysInMonth } from '../../../src/lib/dates/partial-date.ts';
import { isKeyEvent } from '../dataset/key-events.ts';

/** mulberry32: a tiny seeded generator, so that the same seed always gives the same dataset. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: [EventKind, number][] = [
  ['negotiation-round', 18],
  ['summit', 8],
  ['meeting', 20],
  ['call', 16],
  ['agreement', 6],
  ['prisoner-exchange', 14],
  ['statement', 12],
  ['proposal', 6],
];
const STATUSES: [EventStatus, number][] = [
  ['held', 85],
  ['planned', 5],
  ['postponed', 4],
  ['cancelled', 6],
];
const TRACKS: [string, string[]][] = [
  ['russia-ukraine', ['RU', 'UA', 'TR']],
  ['us-russia', ['US', 'RU']],
  ['us-ukraine', ['US', 'UA']],
  ['multilateral', ['UA', 'FR', 'GB', 'DE', 'EU']],
  ['prisoner-exchanges', ['RU', 'UA', 'AE']],
];
const PLACES: [string, string, string][] = [
  ['Istanbul', 'Çırağan Palace', 'TR'],
  ['Riyadh', 'Diriyah Palace', 'SA'],
  ['Geneva', 'InterContinental', 'CH'],
  ['Abu Dhabi', 'Qasr Al Watan', 'AE'],
  ['Moscow', 'Kremlin', 'RU'],
  ['Kyiv', 'Mariinskyi Palace', 'UA'],
  ['Washington', 'White House', 'US'],
  ['Gomel', 'Belovezhskaya Pushcha', 'BY'],
];
const WORDS = [
  'talks',
  'round',
  'meeting',
  'ceasefire',
  'exchange',
  'memorandum',
  'summit',
  'guarantees',
  'energy',
  'grain',
  'Dolmabahçe',
  'Bürgenstock',
  'Переговоры',
  'görüşme',
];

function pick<T>(rand: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, w] of weighted) if ((r -= w) < 0) return value;
  return weighted[0]![0];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** N valid events with a realistic spread of kinds, statuses, lanes, date precisions, ranges and sources. */
export function generateEvents(count: number, seed = 1): DiplomaticEvent[] {
  const rand = seededRandom(seed);
  const events: DiplomaticEvent[] = [];
  for (let i = 0; i < count; i++) {
    // Five whole years that are over, so that every held event and every source is in the past.
    const year = 2021 + Math.floor(rand() * 5);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * daysInMonth(year, month));
    const p = rand();
    const start =
      p < 0.85 ? `${year}-${pad(month)}-${pad(day)}` : p < 0.97 ? `${year}-${pad(month)}` : `${year}`;
    const kind = pick(rand, KINDS);
    const status = pick(rand, STATUSES);
    const [track, parties] = TRACKS[Math.floor(rand() * TRACKS.length)]!;
    const [place, venue, country] = PLACES[Math.floor(rand() * PLACES.length)]!;
    const words = Array.from({ length: 3 }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
    const id = `${start}-synthetic-${i}`;
    const exchange =
      kind === 'prisoner-exchange' ? { toUkraine: 100 + (i % 300), toRussia: 100 + (i % 300) } : undefined;
    // Key events rest on two publishers (the validator's key-event-sources rule). The draw is made in
    // any case, so the same seed still gives the same events as before the rule.
    const drawn = 1 + Math.floor(rand() * 3);
    const sourceCount = isKeyEvent({ kind, status, exchange }) ? Math.max(2, drawn) : drawn;
    const sources = Array.from({ length: sourceCount }, (_, j) => ({
      // One site per publisher: pages of one site count as one outlet.
      url: `https://news.site-${j}.test/${year}/${i}`,
      title: `Report ${i}.${j} on ${words.join(' ')}`,
      publisher: ['Example Wire', 'Пример Новости', 'Örnek Haber', 'Contoh Berita'][j % 4]!,
      language: ['en', 'ru', 'tr', 'id'][j % 4]!,
      ...(start.length === 10 ? { published: start } : {}),
    }));
    const event: DiplomaticEvent = {
      id,
      title: `Synthetic ${kind.replace('-', ' ')} ${i}: ${words.join(' ')}`,
      summary: `A generated event for benchmarks and tests, number ${i}, about ${words.join(', ')}.`,
      kind,
      status,
      track,
      start,
      parties: parties as DiplomaticEvent['parties'],
      participants: [{ name: `Delegate ${i}`, role: 'Head of delegation', party: parties[0]! }],
      outcomes: rand() < 0.5 ? [`Outcome of event ${i}`] : [],
      sources: sources as DiplomaticEvent['sources'],
      tags: [`tag-${i % 7}`],
    };
    if (kind !== 'call') event.location = { place, venue, country };
    if (start.length === 10 && rand() < 0.2) {
      const endDay = Math.min(day + 1 + Math.floor(rand() * 3), daysInMonth(year, month));
      if (endDay > day) event.end = `${year}-${pad(month)}-${pad(endDay)}`;
    }
    if (status === 'cancelled' || status === 'postponed') {
      event.statusChange = {
        date: start,
        reason: 'Called off in this synthetic scenario',
        source: event.sources[0]!.url,
      };
    }
    if (exchange) event.exchange = exchange;
    if (i > 0 && rand() < 0.3)
      event.related = [{ id: events[Math.floor(rand() * i)]!.id, relation: 'see-also' }];
    events.push(event);
  }
  return events;
}
