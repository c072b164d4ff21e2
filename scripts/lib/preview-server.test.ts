import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startPreview, stopPreview } from './preview-server.ts';
import { freePort } from './free-port.ts';

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return true;
  }
  return check();
}

it('stopping the preview stops the server itself, not only npx, and frees the port', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dt-preview-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = startPreview(port, dir);
  try {
    expect(await until(() => answers(url), 20_000)).toBe(true);
  } finally {
    stopPreview(server);
  }
  try {
    expect(await until(async () => !(await answers(url)), 5_000)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);
