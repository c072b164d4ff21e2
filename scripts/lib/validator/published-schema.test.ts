import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { listEventFiles } from './list-event-files.ts';
import { urlAdvice } from './linters/urls.ts';

// ajv-formats ships CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

// The schema alone, as an editor's JSON language service or someone checking the downloaded event.schema.json
// uses it: without the validator's rules, every format known.
const schema = JSON.parse(readFileSync('data/schema/event.schema.json', 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const base = JSON.parse(readFileSync('scripts/lib/validator/fixtures/base-event.json', 'utf8')) as Record<
  string,
  unknown
> & { sources: Record<string, unknown>[] };
const failing = (event: unknown) =>
  validate(event) ? [] : (validate.errors ?? []).map((e) => e.instancePath);

describe('the published event schema', () => {
  it('passes the sample event', () => {
    expect(failing(base)).toEqual([]);
  });

  it('refuses an address the validator refuses for not being http(s), wherever an address goes', () => {
    const bad = ['javascript:alert(1)', 'data:text/html,hi', 'ftp://ftp.site-a.test/a', 'file:///etc/passwd'];
    for (const address of bad) {
      expect(urlAdvice(address), address).toBeDefined();
      const [first, ...rest] = base.sources;
      const statusChange = { date: '2025-05-16', reason: 'Called off', source: address };
      const accounts = [
        { claim: 'One account', source: address },
        { claim: 'Another', source: 'https://site-a.test/a' },
      ];
      expect(failing({ ...base, sources: [{ ...first, url: address }, ...rest] })).toContain(
        '/sources/0/url',
      );
      expect(failing({ ...base, sources: [{ ...first, archiveUrl: address }, ...rest] })).toContain(
        '/sources/0/archiveUrl',
      );
      expect(failing({ ...base, status: 'cancelled', statusChange })).toContain('/statusChange/source');
      expect(failing({ ...base, discrepancies: [{ topic: 'Figures', accounts }] })).toContain(
        '/discrepancies/0/accounts/0/source',
      );
    }
  });

  it('accepts http and https addresses, the scheme in any case, as the validator does', () => {
    for (const address of ['http://site-a.test/a', 'https://site-a.test/a', 'HTTPS://site-a.test/a']) {
      expect(urlAdvice(address), address).toBeUndefined();
      expect(failing({ ...base, sources: [{ ...base.sources[0], url: address }] }), address).toEqual([]);
    }
  });

  it('passes every real event file, as the validator does', () => {
    const files = listEventFiles('data/events').filter((f) => !f.why && !f.misplaced);
    expect(files.length).toBeGreaterThan(200);
    const failed = files
      .filter((f) => !validate(JSON.parse(readFileSync(f.path, 'utf8'))))
      .map((f) => f.path);
    expect(failed).toEqual([]);
  });
});
