import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { buildDataset, DatasetInvalidError } from './dataset/build-dataset.ts';

const SCHEMA = 'data/schema/event.schema.json';

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
            const body = JSON.stringify(buildDataset());
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          } catch (e) {
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(e instanceof DatasetInvalidError ? e.message : String(e));
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
