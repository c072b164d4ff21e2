// One chunk for every citation format, loaded when the reader first asks to cite.
export { citationBibtex } from './bibtex';
export { citationCslJson } from './csl-json';
export { citationRis } from './ris';
export { citationText } from './citation-text';
export type { CitationInput } from './citation-input';
