import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from './check-links.ts';
import type { LinkReport } from './report.ts';
import { requestLink } from './request-link.ts';

// Everything here talks to a server on 127.0.0.1 that the test starts: never to the real dataset's sites.

// Every address in the sample data answers, or hangs up, at once, so there the checker's timeout is only a
// safety net and must be far longer than a loaded machine can take to answer. With 300 ms, a freshly started
// checker reported a healthy address as unreachable under load: its first request alone took 185 ms with
// three busy loops running (Node loads fetch on the first call, inside the timeout). The timeout itself is
// tested against /silent, which never answers, so that no load can change the outcome.
const ANSWER_WITHIN_MS = 10_000;
const ROOT = join(import.meta.dirname, '../../..');
let server: Server;
let base: string;
let dir: string;
const seen: IncomingMessage[] = [];
let flakyCalls = 0;

function startServer(): Promise<Server> {
  const s = createServer((req, res) => {
    seen.push(req);
    switch (req.url) {
      case '/ok':
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
      case '/moved':
        return res.writeHead(301, { location: '/ok' }).end();
      case '/gone':
        return res.writeHead(404).end();
      case '/broken':
        return res.writeHead(500).end();
      case '/no-head':
        return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
      case '/flaky':
        // Busy once per address, then fine: a retry must get through.
        return res.writeHead(++flakyCalls === 1 ? 503 : 200).end();
      case '/hang-up':
        return req.socket.destroy(); // a connection failure, at once
      case '/silent':
        return; // never answers: the checker must time out
      default:
        return res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

function writeEvent(id: string, sources: { url: string; archiveUrl?: string }[]) {
  const event = {
    $schema: '../../schema/event.schema.json',
    id,
    title: 'Link check sample',
    summary: 'A made-up event whose sources point at the test server.',
    kind: 'meeting',
    status: 'held',
    track: 'russia-ukraine',
    start: id.slice(0, 10),
    parties: ['UA'],
    sources: sources.map((s, i) => ({ ...s, title: `Article ${i}`, publisher: 'Example', language: 'en' })),
  };
  mkdirSync(join(dir, 'events/2025'), { recursive: true });
  writeFileSync(join(dir, `events/2025/${id}.json`), JSON.stringify(event, null, 2));
}

beforeAll(async () => {
  server = await startServer();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'dt-links-'));
  writeEvent('2025-05-16-first', [
    { url: `${base}/ok`, archiveUrl: `${base}/moved` },
    { url: `${base}/gone` },
    { url: `${base}/broken` },
    { url: `${base}/hang-up` },
  ]);
  writeEvent('2025-05-17-second', [
    { url: `${base}/ok` },
    { url: `${base}/no-head` },
    { url: `${base}/flaky` },
  ]);
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const byUrl = (report: LinkReport, path: string) => report.links.find((l) => l.url === `${base}${path}`);

describe('checkLinks against a local server', () => {
  let report: LinkReport;
  beforeAll(async () => {
    flakyCalls = 0;
    report = await checkLinks({
      dataDir: dir,
      concurrency: 2,
      timeoutMs: ANSWER_WITHIN_MS,
      retries: 1,
      backoffMs: 10,
      userAgent: 'DiplomaticTimelineLinkCheck/1.0 (+test)',
    });
  });

  it('classifies every address', () => {
    expect(byUrl(report, '/ok')).toMatchObject({ status: 'ok', httpStatus: 200, method: 'HEAD' });
    expect(byUrl(report, '/moved')).toMatchObject({
      status: 'moved',
      httpStatus: 301,
      location: `${base}/ok`,
    });
    expect(byUrl(report, '/gone')).toMatchObject({ status: 'dead', httpStatus: 404 });
    expect(byUrl(report, '/broken')).toMatchObject({ status: 'error', httpStatus: 500, attempts: 2 });
    expect(byUrl(report, '/hang-up')).toMatchObject({
      status: 'unreachable',
      error: expect.stringContaining('other side closed'),
      attempts: 2,
    });
    expect(byUrl(report, '/no-head')).toMatchObject({ status: 'ok', method: 'GET' });
    expect(byUrl(report, '/flaky')).toMatchObject({ status: 'ok', attempts: 2 });
    expect(report.counts).toEqual({ dead: 1, unreachable: 1, error: 1, moved: 1, ok: 3 });
    expect(report.links.map((l) => l.status)).toEqual([
      'dead',
      'unreachable',
      'error',
      'moved',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('asks for each address once and names every place that cites it', () => {
    expect(byUrl(report, '/ok')!.citedBy.map((c) => `${c.event}${c.pointer}`)).toEqual([
      '2025-05-16-first/sources/0/url',
      '2025-05-17-second/sources/0/url',
    ]);
    expect(seen.filter((r) => r.url === '/ok' && r.method === 'HEAD').length).toBeGreaterThanOrEqual(1);
  });

  it('does not follow redirects and identifies itself', () => {
    // /moved redirects to /ok; following it would have requested /ok a second time.
    expect(seen.filter((r) => r.url === '/ok')).toHaveLength(1);
    expect(new Set(seen.map((r) => r.headers['user-agent']))).toEqual(
      new Set(['DiplomaticTimelineLinkCheck/1.0 (+test)']),
    );
  });

  it('lists the sources without an archive copy', () => {
    expect(report.sources).toBe(7);
    expect(report.withoutArchive.map((m) => `${m.event}${m.pointer}`)).toEqual([
      '2025-05-16-first/sources/1',
      '2025-05-16-first/sources/2',
      '2025-05-16-first/sources/3',
      '2025-05-17-second/sources/0',
      '2025-05-17-second/sources/1',
      '2025-05-17-second/sources/2',
    ]);
  });
});

describe('a server that never answers', () => {
  it('is unreachable once the timeout has run out for every attempt, and the checker says so', async () => {
    const started = performance.now();
    const settings = {
      timeoutMs: 200,
      retries: 1,
      backoffMs: 0,
      userAgent: 'DiplomaticTimelineLinkCheck/1.0 (+test)',
    };
    expect(await requestLink(`${base}/silent`, settings)).toEqual({
      url: `${base}/silent`,
      status: 'unreachable',
      error: 'no answer within 200 ms',
      method: 'HEAD',
      attempts: 2,
    });
    // Both attempts waited out their 200 ms (a timer may fire a millisecond early); load only adds to this.
    expect(performance.now() - started).toBeGreaterThanOrEqual(2 * 200 - 5);
  });
});

/** Runs the command asynchronously: a blocking spawn would stop this process's server from answering. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // One process: npx and tsx's own launcher each start another before it, which took seconds under load.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check-links.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each test below waits for a checker process to start. Under load that took over 20 s, the limit set in
// vitest.config.ts, while npx and tsx's launcher still came first; what the tests assert does not depend on it.
describe('npm run check-links', { timeout: 60_000 }, () => {
  const common = () => [
    '--data',
    dir,
    '--timeout',
    `${ANSWER_WITHIN_MS}`,
    '--retries',
    '0',
    '--backoff',
    '0',
  ];

  it('writes the report and exits 0 without --strict, despite dead links', async () => {
    flakyCalls = 1; // already past its one failure
    const reportPath = join(dir, 'report.json');
    const out = await runCli([...common(), '--report', reportPath]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as LinkReport;
    expect(report.counts).toEqual({ dead: 1, unreachable: 1, error: 1, moved: 1, ok: 3 });
    expect(report.settings).toMatchObject({ concurrency: 4, timeoutMs: ANSWER_WITHIN_MS, retries: 0 });
    expect(report.settings.userAgent).toBe(
      'DiplomaticTimelineLinkCheck/1.0 (+https://github.com/OWNER/diplomatic-timeline)',
    );
    expect(out.stdout).toContain('dead 1 · unreachable 1 · error 1 · moved 1 · ok 3');
    expect(out.stdout).toContain(`301 ${base}/moved -> ${base}/ok`);
    expect(out.stdout).toContain(`404 ${base}/gone`);
    expect(out.stdout).toMatch(/\/hang-up \(.*other side closed\)/);
    expect(out.stdout).toContain('6 of 7 sources have no archiveUrl');
    expect(out.stdout).toContain(`Report written to ${reportPath}`);
  });

  it('exits 2 at once, before any request, when the report cannot be written', async () => {
    const before = seen.length;
    const places: [string, string][] = [
      [join(dir, 'no-such-folder', 'r.json'), 'its folder does not exist'],
      [dir, 'it is a folder'],
    ];
    for (const [place, why] of places) {
      const out = await runCli([...common(), '--report', place]);
      expect(out.code).toBe(2);
      // In words, not Node's code (ENOENT, EISDIR).
      expect(out.stderr).toContain(`--report ${place}: the report cannot be written there (${why})`);
    }
    expect(seen.length).toBe(before);
  });

  it('exits 2 at once, and leaves the file as it was, when the report would replace a file of the dataset', async () => {
    const before = seen.length;
    const vocabulary = join(dir, 'vocabulary.json');
    const was = '{"parties": {}}\n';
    writeFileSync(vocabulary, was);
    const out = await runCli([...common(), '--report', vocabulary]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      `--report ${vocabulary}: not there: it would replace the dataset's vocabulary.json`,
    );
    expect(readFileSync(vocabulary, 'utf8')).toBe(was);
    expect(seen.length).toBe(before);
  });

  it('exits 1 with --strict when links are dead or unreachable', async () => {
    const out = await runCli([...common(), '--report', join(dir, 'strict.json'), '--strict']);
    expect(out.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'strict.json'), 'utf8'))).toHaveProperty('counts.dead', 1);
  });

  it('exits 0 with --strict when only moved and erroring links remain', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'dt-links-clean-'));
    mkdirSync(join(clean, 'events/2025'), { recursive: true });
    writeFileSync(
      join(clean, 'events/2025/2025-05-16-clean.json'),
      JSON.stringify({
        id: '2025-05-16-clean',
        sources: [{ url: `${base}/moved` }, { url: `${base}/broken` }],
      }),
    );
    const out = await runCli([
      '--data',
      clean,
      '--report',
      join(clean, 'r.json'),
      '--timeout',
      `${ANSWER_WITHIN_MS}`,
      '--retries',
      '0',
      '--strict',
    ]);
    expect(out.code).toBe(0);
    rmSync(clean, { recursive: true, force: true });
  });

  it('gives up on an address after --timeout and, with --strict, exits 1', async () => {
    const silent = mkdtempSync(join(tmpdir(), 'dt-links-silent-'));
    mkdirSync(join(silent, 'events/2025'), { recursive: true });
    writeFileSync(
      join(silent, 'events/2025/2025-05-16-silent.json'),
      JSON.stringify({ id: '2025-05-16-silent', sources: [{ url: `${base}/silent` }] }),
    );
    const reportPath = join(silent, 'r.json');
    const out = await runCli([
      '--data',
      silent,
      '--report',
      reportPath,
      '--timeout',
      '300',
      '--retries',
      '0',
      '--strict',
    ]);
    expect(out.code).toBe(1);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as LinkReport;
    expect(report.links).toEqual([
      expect.objectContaining({ status: 'unreachable', error: 'no answer within 300 ms', attempts: 1 }),
    ]);
    expect(out.stdout).toContain(`${base}/silent (no answer within 300 ms)`);
    rmSync(silent, { recursive: true, force: true });
  });

  it("exits 2 with a sentence, not readdir's error, when events/ is a file", async () => {
    const odd = mkdtempSync(join(tmpdir(), 'dt-links-odd-'));
    try {
      writeFileSync(join(odd, 'events'), '');
      const out = await runCli(['--data', odd, '--report', join(odd, 'r.json')]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(`${join(odd, 'events')} is not a folder: is --data the data folder?`);
      expect(out.stderr).not.toContain('ENOTDIR');
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  });

  it('explains its options with --help', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const option of ['--data', '--report', '--concurrency', '--timeout', '--retries', '--strict'])
      expect(help.stdout).toContain(option);
  });

  it('rejects wrong options', async () => {
    const wrong = await runCli(['--data', dir, '--concurrency', '0']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--concurrency must be a whole number from 1 to 32');
  });
});
