import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleEvent, sampleFile } from '../../lib/data/sample-dataset.fixture';
import { DatasetLoadError, fetchDataset } from './fetch-dataset';

afterEach(() => vi.unstubAllGlobals());

async function failure(body: string, type = 'application/json'): Promise<DatasetLoadError> {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status: 200, headers: { 'Content-Type': type } })),
  );
  const error = await fetchDataset(() => undefined, '/data/events.json').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

describe('fetchDataset, for a file that is not JSON', () => {
  it('says that the server sent its own page, as servers with a fallback page do for a missing file', async () => {
    const error = await failure(
      '<!doctype html>\n<html><head><title>Diplomatic Timeline</title>',
      'text/html',
    );
    // The heading says what the detail does: the file is missing, not damaged.
    expect(error.message).toBe('The data file is missing.');
    expect(error.detail).toMatch(
      /^\/data\/events\.json answered with a web page, not the data: the file is probably missing/,
    );
    expect(error.detail).toContain('It begins: <!doctype html>');
    expect(error.detail).not.toMatch(/cut off/);
  });

  it('says that an empty file is empty', async () => {
    const error = await failure('');
    expect(error.message).toBe('The data file is empty.');
    expect(error.detail).toBe('/data/events.json is empty: the file on the server has nothing in it.');
  });

  it('says that a file cut short may have been cut off in transfer', async () => {
    const error = await failure(JSON.stringify(sampleFile([sampleEvent])).slice(0, 40));
    expect(error.message).toBe('The data file is damaged.');
    expect(error.detail).toMatch(
      /^\/data\/events\.json is not valid JSON \(.+\); it may have been cut off in transfer\.$/,
    );
  });
});

describe('fetchDataset, for event files the development server finds invalid', () => {
  it('says which file and field, rather than that the server failed', async () => {
    const body = JSON.stringify({
      invalidDataset: {
        problems: [
          {
            file: 'data/events/2025/x.json',
            line: 31,
            column: 19,
            field: '/sources/1/language (the second source)',
            message: 'has the wrong form (got "English"): did you mean "en"?',
          },
        ],
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 500, headers: { 'Content-Type': 'application/json' } })),
    );
    const error = (await fetchDataset(() => undefined, '/data/events.json').catch(
      (e: unknown) => e,
    )) as DatasetLoadError;
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error.message).toBe('An event file is invalid');
    expect(error.problems).toEqual([
      {
        file: 'data/events/2025/x.json',
        line: 31,
        column: 19,
        field: '/sources/1/language (the second source)',
        message: 'has the wrong form (got "English"): did you mean "en"?',
      },
    ]);
  });

  it('keeps the plain server error for any other answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('boom', { status: 500 })),
    );
    const error = (await fetchDataset(() => undefined, '/data/events.json').catch(
      (e: unknown) => e,
    )) as DatasetLoadError;
    expect(error.message).toBe('The server could not provide the data.');
    expect(error.problems).toBeUndefined();
  });
});

describe('fetchDataset, for a served event with a direction control', () => {
  async function skippedFor(body: string) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } })),
    );
    const result = await fetchDataset(() => undefined, '/data/events.json');
    return result.skipped.map((s) => s.reason);
  }
  const file = JSON.stringify(sampleFile([{ ...sampleEvent, title: 'Talks TITLE' }]));

  it('leaves the event out whether the control is written as itself or as an escape, in either case', async () => {
    expect(await skippedFor(file.replace('TITLE', '\u202E'))).toEqual([
      '"title" contains the direction control U+202E',
    ]);
    expect(await skippedFor(file.replace('TITLE', '\\u202e'))).toEqual([
      '"title" contains the direction control U+202E',
    ]);
    expect(await skippedFor(file.replace('TITLE', '\\u061C'))).toEqual([
      '"title" contains the direction control U+061C',
    ]);
  });

  it('keeps an event whose escapes are of other characters', async () => {
    expect(await skippedFor(file.replace('TITLE', '\\u00e9 \\\\u202E'))).toEqual([]);
  });
});
