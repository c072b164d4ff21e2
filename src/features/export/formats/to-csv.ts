import Papa from 'papaparse';
import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';
import { parsePartialDate } from '../../../lib/dates/partial-date';
import { exportedAddress } from '../../../lib/safe-url';
import { fileInSlices, inParts, type Pause } from './slices';

export interface CsvOptions {
  /** Absolute address of an event's page; when given, a "permalink" column is added. */
  permalink?: (id: string) => string;
  /**
   * The dataset version the rows come from; when given, a "dataset_version" column ends every row, so that
   * the file says which release it holds even once renamed.
   */
  datasetVersion?: string;
}

/** The columns of the first release, in their order; scripts read them by position. */
export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'date_precision',
  'title',
  'kind',
  'status',
  'track',
  'place',
  'venue',
  'country',
  'parties',
  'party_names',
  'participants',
  'outcomes',
  'summary',
  'status_change_date',
  'status_change_reason',
  'source_urls',
  'source_publishers',
] as const;

/**
 * Columns added later. They come after the permalink, which the app always writes, so that every column a
 * downloaded file had before keeps its position.
 */
export const CSV_LATER_COLUMNS = [
  'date_note',
  'announced',
  'exchange_to_ukraine',
  'exchange_to_russia',
  'exchange_note',
  'discrepancy_topics',
  'discrepancy_claims',
  'discrepancy_sources',
  'related_ids',
  'related_relations',
  'tags',
  'status_change_source',
  'source_titles',
  'source_published',
  'source_languages',
  'source_archive_urls',
  'former_ids',
] as const;

/** The header, in order. */
export function csvColumns(withPermalink: boolean, withVersion = false): string[] {
  return [
    ...CSV_COLUMNS,
    ...(withPermalink ? ['permalink'] : []),
    ...CSV_LATER_COLUMNS,
    ...(withVersion ? ['dataset_version'] : []),
  ];
}

/**
 * Spreadsheet formula injection (CWE-1236): Excel, LibreOffice and Google Sheets run a cell that starts
 * with = + - @ (or a tab or CR in front of one) as a formula, so a title such as "=HYPERLINK(...)" could
 * open an address or pull data when the file is opened. Such cells get a leading apostrophe, which the
 * spreadsheets show as text. Papa's own `escapeFormulae: true` pattern is /^[=+\-@\t\r].*$/, which
 * misses a cell whose text goes on after a newline (`.` stops at it), so we pass our own pattern.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

// Excel opens a CSV as the local ANSI code page unless it starts with a byte order mark; with it,
// Cyrillic, Turkish and Indonesian text show as written.
const BOM = '\uFEFF';
const CRLF = '\r\n';

type Vocabulary = DatasetFile['vocabulary'];

// Free text often holds "; " (claims, headlines and notes in the data do). " | ", which outcomes already
// use, is rare in it, but the validator does not forbid it, and headlines carry it ("… | India News").
const TEXT_LIST = ' | ';

/**
 * Free-text items in one cell, split by " | ". A bar inside an item is written as a broken bar (¦), which
 * looks the same, so that the cell splits into exactly its items: a headline's own " | " made two.
 */
const textList = (items: readonly string[]) => items.map((t) => t.replace(/\|/g, '¦')).join(TEXT_LIST);
// Codes, ids, dates and addresses never hold "; ".
const CODE_LIST = '; ';
// An address has no spaces, so a space cannot be mistaken for part of one.
const URL_LIST = ' ';

const count = (n: number | undefined) => (n === undefined ? '' : String(n));

type Source = EventRecord['sources'][number];

/**
 * For a detail some sources lack: one item per source, an empty one where that source has none, so that
 * the n-th item still belongs to the n-th address of source_urls; an empty cell when no source has it.
 */
function perSource(event: EventRecord, detail: (s: Source) => string | undefined): string {
  const items = event.sources.map((s) => detail(s) ?? '');
  // "; " even between addresses: a space, as in source_urls, would make an empty item two spaces.
  return items.some((item) => item !== '') ? items.join(CODE_LIST) : '';
}

/**
 * One item per account, not per discrepancy, so that the n-th topic, claim and source go together (the
 * topic repeats for each of its accounts): a list of lists in one cell would need a second separator.
 */
function discrepancyCells(event: EventRecord): [string, string, string] {
  const accounts = (event.discrepancies ?? []).flatMap((d) =>
    d.accounts.map((a) => ({ ...a, topic: d.topic })),
  );
  return [
    textList(accounts.map((a) => a.topic)),
    textList(accounts.map((a) => a.claim)),
    accounts.map((a) => exportedAddress(a.source)).join(URL_LIST),
  ];
}

function row(
  event: EventRecord,
  vocabulary: Vocabulary,
  { permalink, datasetVersion }: CsvOptions,
): string[] {
  const partyName = (code: string) => vocabulary.parties[code]?.name ?? code;
  const first = [
    event.id,
    event.start,
    event.end ?? '',
    parsePartialDate(event.start)?.precision ?? '',
    event.title,
    event.kind,
    event.status,
    event.track,
    event.location?.place ?? '',
    event.location?.venue ?? '',
    event.location?.country ?? '',
    event.parties.join('; '),
    event.parties.map(partyName).join('; '),
    (event.participants ?? []).map((p) => `${p.name} (${p.role}, ${p.party})`).join('; '),
    textList(event.outcomes ?? []),
    event.summary,
    event.statusChange?.date ?? '',
    event.statusChange?.reason ?? '',
    // An address the page will not link to is withheld here too (see exportedAddress).
    event.sources.map((s) => exportedAddress(s.url)).join(URL_LIST),
    // Not deduplicated: the n-th publisher belongs to the n-th address.
    event.sources.map((s) => s.publisher).join('; '),
  ];
  const later = [
    event.dateNote ?? '',
    event.announced ?? '',
    count(event.exchange?.toUkraine),
    count(event.exchange?.toRussia),
    event.exchange?.note ?? '',
    ...discrepancyCells(event),
    (event.related ?? []).map((r) => r.id).join(CODE_LIST),
    (event.related ?? []).map((r) => r.relation).join(CODE_LIST),
    (event.tags ?? []).join(CODE_LIST),
    event.statusChange ? exportedAddress(event.statusChange.source) : '',
    textList(event.sources.map((s) => s.title)),
    perSource(event, (s) => s.published),
    event.sources.map((s) => s.language).join(CODE_LIST),
    perSource(event, (s) => (s.archiveUrl === undefined ? undefined : exportedAddress(s.archiveUrl))),
    (event.formerIds ?? []).join(CODE_LIST),
  ];
  return [
    ...first,
    ...(permalink ? [permalink(event.id)] : []),
    ...later,
    ...(datasetVersion !== undefined ? [datasetVersion] : []),
  ];
}

/**
 * The file in fragments, one after the other: the BOM and the header, then the rows of each part of the
 * events. Papa writes each cell on its own, so the rows of the parts are the rows written in one go.
 */
function* csvFragments(
  events: readonly EventRecord[],
  vocabulary: Vocabulary,
  options: CsvOptions,
): Generator<string> {
  const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: CRLF, escapeFormulae: FORMULA_START });
  // Rows as arrays: given { fields, data: [] }, Papa writes a stray empty record. RFC 4180 allows a final
  // line break; ending every record with CRLF keeps the file a proper text file.
  yield (
    BOM + unparse([csvColumns(options.permalink !== undefined, options.datasetVersion !== undefined)]) + CRLF
  );
  for (const part of inParts(events)) yield unparse(part.map((e) => row(e, vocabulary, options))) + CRLF;
}

/** One row per event, in the order given, as RFC 4180 CSV with CRLF line ends and a UTF-8 BOM. */
export function eventsToCsv(
  events: readonly EventRecord[],
  vocabulary: Vocabulary,
  options: CsvOptions = {},
): string {
  return [...csvFragments(events, vocabulary, options)].join('');
}

/** eventsToCsv's file, written in slices with a pause between them (see fileInSlices). */
export function eventsToCsvInSlices(
  events: readonly EventRecord[],
  vocabulary: Vocabulary,
  options: CsvOptions,
  pause: Pause,
): Promise<Blob> {
  return fileInSlices(csvFragments(events, vocabulary, options), 'text/csv;charset=utf-8', pause);
}
