import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notAFolder } from './folder';
import { REPO_SCHEMA_DIR, schemaFolderFor } from './schema-folder';

const dir = mkdtempSync(join(tmpdir(), 'dt-schema-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A data folder with one valid event, and a schema of its own that is broken. */
function dataWithBrokenSchema(): string {
  const data = join(dir, 'data');
  mkdirSync(join(data, 'events', '2025'), { recursive: true });
  cpSync('data/vocabulary.json', join(data, 'vocabulary.json'));
  cpSync(
    'data/events/2025/2025-05-16-istanbul-talks-round-1.json',
    join(data, 'events', '2025', '2025-05-16-istanbul-talks-round-1.json'),
  );
  cpSync('data/schema', join(data, 'schema'), { recursive: true });
  writeFileSync(join(data, 'schema', 'event.schema.json'), '{ "type": ');
  return data;
}

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });

describe('schemaFolderFor', () => {
  it("is the data folder's own schema/ when it has one, the repository's otherwise", () => {
    const data = dataWithBrokenSchema();
    expect(schemaFolderFor(data)).toBe(join(data, 'schema'));
    expect(schemaFolderFor(join(dir, 'elsewhere'))).toBe(REPO_SCHEMA_DIR);
  });

  it('is the one validate and new-event both check a data folder against', () => {
    const data = dataWithBrokenSchema();
    const validate = run('scripts/validate.ts', ['--data', data]);
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/schema\/event\.schema\.json:\d+:\d+: is not valid JSON/);
    const created = run('scripts/new-event.ts', [
      '--data',
      data,
      '--yes',
      '--date=2025-06-01',
      '--title=Anything at all',
    ]);
    expect(created.status).toBe(1);
    expect(created.stderr).toMatch(/schema\/event\.schema\.json:\d+:\d+: is not valid JSON/);
  });
});

describe('notAFolder', () => {
  it('says a file is a file, and a missing path missing', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(notAFolder(file)).toBe('it is a file, not a folder');
    expect(notAFolder(join(dir, 'nothing-here'))).toBe('there is no such folder');
    const out = run('scripts/validate.ts', ['--data', file]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`--data ${file}: it is a file, not a folder: give the data folder`);
  });
});
