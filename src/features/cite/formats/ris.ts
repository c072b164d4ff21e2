import { kindLabel } from '../../../lib/data/labels';
import { citationKey } from './bibtex';
import {
  accessedParts,
  AUTHOR,
  capitalise,
  DATASET_TITLE,
  eventNoteText,
  oneLine,
  releaseParts,
  viewText,
  type CitationInput,
  type DateParts,
} from './citation-input';

// RIS is line-based: "TAG  - value", CRLF, one value per line, the record closed by "ER  - ".
const CRLF = '\r\n';

function risDate([y, m, d]: DateParts): string {
  return `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
}

function record(fields: [string, string | null][]): string {
  const lines = fields.filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
  return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join(CRLF) + CRLF;
}

/** A RIS record: TY GEN for one event, TY DATA for the dataset or the current view of it. */
export function citationRis(input: CitationInput): string {
  const release = releaseParts(input.datasetVersion);
  const common: [string, string | null][] = [
    ['AU', AUTHOR],
    ['PY', release ? String(release[0]) : null],
    ['DA', release ? risDate(release) : null],
    ['ET', input.datasetVersion], // edition: where Zotero puts a data set's version
    ['UR', input.permalink],
    ['Y2', risDate(accessedParts(input.accessed))], // access date, as Zotero reads and writes it
  ];
  const { event } = input;
  if (event) {
    return record([
      ['TY', 'GEN'],
      ['ID', citationKey(input)],
      ['TI', event.title],
      ['T2', DATASET_TITLE],
      ['M3', kindLabel(event.kind)],
      ...common,
      ['N1', `${eventNoteText(event, input.vocabulary)}.`],
    ]);
  }
  const view = viewText(input);
  return record([
    ['TY', 'DATA'],
    ['ID', citationKey(input)],
    ['TI', DATASET_TITLE],
    ...common,
    ['N1', view ? `${capitalise(view)}.` : null],
  ]);
}
