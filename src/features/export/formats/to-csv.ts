import Papa from 'papaparse';
import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';
import { parsePartialDate } from '../../../lib/dates/partial-date';

export interface CsvOptions {
  /** Absolute address of an event's page; when given, a "permalink" column is added. */
  permalink?: (id: string) => string;
}

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

function row(event: EventRecord, vocabulary: Vocabulary, permalink?: (id: string) => string): string[] {
  const partyName = (code: string) => vocabulary.parties[code]?.name ?? code;
  const cells = [
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
    (event.outcomes ?? []).join(' | '),
    event.summary,
    event.statusChange?.date ?? '',
    event.statusChange?.reason ?? '',
    event.sources.map((s) => s.url).join(' '),
    // Not deduplicated: the n-th publisher belongs to the n-th address.
    event.sources.map((s) => s.publisher).join('; '),
  ];
  return permalink ? [...cells, permalink(event.id)] : cells;
}

/** One row per event, in the order given, as RFC 4180 CSV with CRLF line ends and a UTF-8 BOM. */
export function eventsToCsv(
  events: readonly EventRecord[],
  vocabulary: Vocabulary,
  options: CsvOptions = {},
): string {
  const fields: string[] = options.permalink ? [...CSV_COLUMNS, 'permalink'] : [...CSV_COLUMNS];
  // Rows as arrays, header first: given { fields, data: [] }, Papa writes a stray empty record.
  const rows = [fields, ...events.map((e) => row(e, vocabulary, options.permalink))];
  const body = Papa.unparse(rows, { newline: CRLF, escapeFormulae: FORMULA_START });
  // RFC 4180 allows a final line break; ending every record with CRLF keeps the file a proper text file.
  return BOM + body + CRLF;
}
