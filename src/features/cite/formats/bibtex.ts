import {
  accessedParts,
  AUTHOR,
  capitalise,
  DATASET_TITLE,
  datasetCitationId,
  formatDay,
  isoDay,
  oneLine,
  releaseParts,
  viewText,
  type CitationInput,
} from './citation-input';
import { eventNoteText } from './citation-input';

// LaTeX's special characters. Each is replaced in one pass, so the braces of \textbackslash{} are not
// escaped again. Braces become commands, not \{ and \}: BibTeX counts every brace, backslash or not, so a
// lone \} would end the field and a lone \{ swallow the rest of the entry. Anything else, Cyrillic and
// Turkish letters included, stays as UTF-8 for biber/LaTeX.
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Plain text as a BibTeX field value: LaTeX specials escaped, on one line. */
export function escapeBibtex(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_~^]/g, (c) => SPECIAL[c] ?? c);
}

/**
 * The url field is read verbatim (biblatex, hyperref's \url), so it is not LaTeX-escaped; only the
 * characters that would unbalance the entry or end the value are percent-encoded.
 */
function bibtexUrl(url: string): string {
  return url
    .trim()
    .replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A citation key from an id: BibTeX keys may not hold spaces, commas, braces or quotes. */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:.-]+/g, '-');
}

/**
 * The key of the entry: the event's id, or the dataset's or view's. RIS gives the same as its ID, so that a
 * reference manager fed both formats sees one item.
 */
export function citationKey(input: Pick<CitationInput, 'event' | 'datasetVersion' | 'permalink'>): string {
  return bibtexKey(input.event ? input.event.id : datasetCitationId(input));
}

function entry(key: string, fields: [string, string | null][]): string {
  const present = fields.filter((f): f is [string, string] => f[1] !== null);
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`);
  return `@misc{${key},\n${lines.join('\n')}\n}\n`;
}

/** A @misc entry for the event, or for the dataset or the current view of it. */
export function citationBibtex(input: CitationInput): string {
  const release = releaseParts(input.datasetVersion);
  const accessed = accessedParts(input.accessed);
  const version = escapeBibtex(input.datasetVersion);
  const common: [string, string | null][] = [
    ['year', release ? String(release[0]) : null],
    ['version', version],
    ['url', bibtexUrl(input.permalink)],
    ['urldate', isoDay(accessed)],
  ];
  const { event } = input;
  if (event) {
    return entry(citationKey(input), [
      ['author', `{${AUTHOR}}`],
      // Double braces keep the capitals of names that some styles would lower-case.
      ['title', `{${escapeBibtex(event.title)}}`],
      ['howpublished', `${AUTHOR}, dataset version ${version}`],
      ...common,
      // The place too, as RIS's N1 and CSL-JSON's event-place give it.
      ['note', escapeBibtex(`${eventNoteText(event, input.vocabulary)}. Accessed ${formatDay(accessed)}`)],
    ]);
  }
  const view = viewText(input);
  return entry(citationKey(input), [
    ['author', `{${AUTHOR}}`],
    ['title', `{${escapeBibtex(DATASET_TITLE)}}`],
    ['howpublished', 'Data set'],
    ...common,
    ['note', escapeBibtex(`${view ? `${capitalise(view)}. ` : ''}Accessed ${formatDay(accessed)}`)],
  ]);
}
