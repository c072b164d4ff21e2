import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { InvalidDatasetBody } from '../../src/features/dataset/invalid-dataset.ts';
import { buildDataset, DatasetInvalidError } from './dataset/build-dataset.ts';
import { itemWords } from './validator/pointer-words.ts';

const SCHEMA = 'data/schema/event.schema.json';

/**
 * The data folder the development server reads: data/ unless DEV_DATA_DIR names another, as the browser test of
 * the development server's page for a broken event file does (it never touches data/). The build always reads
 * data/.
 */
export function devDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEV_DATA_DIR || 'data';
}

/**
 * The development server's answer when the dataset cannot be built: for event files that fail the validator, each
 * problem with its file, line, column and field, as JSON the page lists in words (see invalid-dataset.ts); for
 * anything else, the error as text.
 */
export function devErrorResponse(e: unknown): { status: number; type: string; body: string } {
  if (!(e instanceof DatasetInvalidError))
    return { status: 500, type: 'text/plain; charset=utf-8', body: String(e) };
  const body: InvalidDatasetBody = {
    invalidDataset: {
      problems: e.problems.map((p) => {
        const words = p.pointer === '' ? undefined : itemWords(p.pointer);
        return {
          file: p.file,
          ...(p.line === undefined ? {} : { line: p.line }),
          ...(p.column === undefined ? {} : { column: p.column }),
          ...(p.pointer === '' ? {} : { field: words ? `${p.pointer} (${words})` : p.pointer }),
          message: p.message,
        };
      }),
    },
  };
  return { status: 500, type: 'application/json; charset=utf-8', body: JSON.stringify(body) };
}

/**
 * Serves data/events.json from the source files in dev (rebuilt on every request, so edits show on
 * reload) and writes it, with the schema, into dist/data/ at build time. The dataset is fetched at run
 * time rather than bundled, so it can be downloaded as it is and does not weigh on the JavaScript.
 */
export function datasetPlugin(): Plugin {
  let base = '/';
  return {
    name: 'diplomatic-timeline:dataset',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === `${base}data/events.json`) {
          try {
            const body = JSON.stringify(buildDataset(devDataDir()));
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          } catch (e) {
            const answer = devErrorResponse(e);
            res.statusCode = answer.status;
            res.setHeader('Content-Type', answer.type);
            res.end(answer.body);
          }
          return;
        }
        if (path === `${base}data/event.schema.json`) {
          res.setHeader('Content-Type', 'application/schema+json; charset=utf-8');
          res.end(readFileSync(SCHEMA, 'utf8'));
          return;
        }
        next();
      });
    },
    generateBundle() {
      let dataset;
      try {
        dataset = buildDataset();
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
      this.emitFile({ type: 'asset', fileName: 'data/events.json', source: JSON.stringify(dataset) });
      this.emitFile({
        type: 'asset',
        fileName: 'data/event.schema.json',
        source: readFileSync(SCHEMA, 'utf8'),
      });
    },
  };
}
