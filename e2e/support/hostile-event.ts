import type { DatasetFile, EventRecord } from '../../src/lib/data/dataset.ts';

/**
 * Markup and script that would run, or create an element, if any of it reached the page as HTML. Each
 * copy names its field, so that a failure says which field got through.
 */
export function payload(field: string): string {
  const run = `window.__pwned='${field}'`;
  return (
    `${field}: <img src=x onerror="${run}" data-pwned> <script>${run}</script> ` +
    `<svg onload="${run}" data-pwned></svg> <iframe src="javascript:${run}" data-pwned></iframe> ` +
    `"><b data-pwned>bold</b> &amp; &lt;i&gt;`
  );
}

/** Addresses a browser would run or render rather than open as a web page; none may become a link. */
export const HOSTILE_URLS = [
  "javascript:window.__pwned='url'",
  "  JaVaScRiPt:window.__pwned='mixed case, leading spaces'",
  "java\tscript:window.__pwned='tab inside'",
  "data:text/html,<script>window.__pwned='data url'</script>",
  "vbscript:msgbox('x')",
];

export const HOSTILE_PARTY = '<svg onload=window.__pwned=2>';
export const HOSTILE_TRACK = '<script>window.__pwned=3</script>';
export const HOSTILE_TAG = '<iframe srcdoc=x>';

/**
 * An event with markup in every text field and every code, and only script addresses as sources. It
 * starts on the day of the dataset's latest event, so that any first view of the timeline includes it.
 */
function buildHostileEvent(start: string): EventRecord {
  return {
    id: `${start}-<img src=x onerror=window.__pwned=1 data-pwned>`,
    title: payload('title'),
    summary: payload('summary'),
    kind: 'summit',
    status: 'cancelled',
    track: HOSTILE_TRACK,
    start,
    dateNote: payload('dateNote'),
    announced: start.slice(0, 4),
    statusChange: { date: start, reason: payload('statusChange.reason'), source: HOSTILE_URLS[0]! },
    location: { place: payload('place'), venue: payload('venue'), country: HOSTILE_PARTY },
    parties: ['UA', HOSTILE_PARTY],
    participants: [
      { name: payload('participant name'), role: payload('participant role'), party: HOSTILE_PARTY },
    ],
    outcomes: [payload('outcome 1'), payload('outcome 2')],
    exchange: { toUkraine: 1, toRussia: 1, note: payload('exchange.note') },
    discrepancies: [
      {
        topic: payload('discrepancy topic'),
        accounts: [
          { claim: payload('claim 1'), source: HOSTILE_URLS[0]! },
          { claim: payload('claim 2'), source: HOSTILE_URLS[1]! },
        ],
      },
    ],
    sources: HOSTILE_URLS.map((url, i) => ({
      url,
      title: payload(`source ${i + 1} title`),
      publisher: payload(`source ${i + 1} publisher`),
      language: '<b>',
      published: start,
      archiveUrl: HOSTILE_URLS[(i + 1) % HOSTILE_URLS.length]!,
    })) as EventRecord['sources'],
    related: [{ id: payload('related id'), relation: 'see-also' }],
    tags: [HOSTILE_TAG, payload('tag')],
  };
}

/** Every text the page should show literally, field by field (the panel shows all of them). */
export function hostileTexts(event: EventRecord): string[] {
  return [
    event.title,
    event.summary,
    event.dateNote!,
    event.statusChange!.reason,
    event.location!.place,
    event.location!.venue!,
    event.participants![0]!.name,
    event.participants![0]!.role,
    ...event.outcomes!,
    event.exchange!.note!,
    event.discrepancies![0]!.topic,
    ...event.discrepancies![0]!.accounts.map((a) => a.claim),
    ...event.sources.flatMap((s) => [s.title, s.publisher]),
    // Shown as the Tag menu shows them, hyphens as spaces.
    ...event.tags!.map((t) => t.replace(/-/g, ' ')),
    payload('party name'),
  ];
}

/** The built dataset with the hostile event added, and markup in the vocabulary's names as well. */
export function plantHostileEvent(dataset: DatasetFile): { planted: DatasetFile; event: EventRecord } {
  const event = buildHostileEvent(dataset.events.at(-1)!.start);
  const planted: DatasetFile = {
    ...dataset,
    vocabulary: {
      parties: {
        ...dataset.vocabulary.parties,
        [HOSTILE_PARTY]: { name: payload('party name'), type: 'country' },
      },
      tracks: {
        ...dataset.vocabulary.tracks,
        // The first lane: vis-timeline draws only the lanes in view, and this event's item is checked.
        [HOSTILE_TRACK]: { name: payload('track name'), order: -1 },
      },
    },
    events: [...dataset.events, event],
  };
  return { planted, event };
}
