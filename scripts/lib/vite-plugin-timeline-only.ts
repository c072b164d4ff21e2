import { parseAst, type Plugin } from 'vite';
import { timelineOnly } from './vis-timeline-trim.ts';

/** vis-timeline's ES module, as `vis-timeline/esnext` resolves (`.mjs`) or as its `esm/index.js` re-exports it. */
const VIS_TIMELINE_MODULE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

/**
 * A source map from each line to the same line: `timelineOnly` keeps every line where it was, so a
 * stack trace or a profile still points at the right line of vis-timeline's file.
 */
function sameLines(code: string, id: string) {
  const lines = code.split('\n').length;
  return {
    version: 3,
    sources: [id],
    sourcesContent: [code],
    names: [],
    mappings: `AAAA${';AACA'.repeat(lines - 1)}`,
  };
}

/** Gives the app vis-timeline without Graph2d and its configurator (see vis-timeline-trim.ts). */
export function timelineOnlyPlugin(): Plugin {
  return {
    name: 'vis-timeline-only',
    transform: {
      filter: { id: VIS_TIMELINE_MODULE },
      handler(code, id) {
        if (!VIS_TIMELINE_MODULE.test(id)) return null;
        return { code: timelineOnly(code, (source) => parseAst(source) as never), map: sameLines(code, id) };
      },
    },
  };
}
