import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInvalidDataset } from '../../src/features/dataset/invalid-dataset.ts';
import { buildDataset } from './dataset/build-dataset.ts';
import { materialise, removeMaterialised } from './validator/fixtures/materialise.ts';
import { devDataDir, devErrorResponse } from './vite-plugin-dataset.ts';

afterAll(removeMaterialised);

describe("the development server's answer for data that fails the validator", () => {
  it('lists each problem with its file, line, column and field, for the page to show in words', () => {
    const dir = materialise({
      description: 'an event with a language written by its name',
      files: {
        'events/2025/2025-05-16-sample-talks.json': {
          $extends: 'base',
          sources: [
            {
              url: 'https://site-a.test/a',
              title: 'Sample article',
              publisher: 'Example',
              language: 'English',
            },
          ],
        },
      },
    });
    // The schema of the project, in the folder the build reads it from.
    cpSync('data/schema', join(dir, 'schema'), { recursive: true });
    let error: unknown;
    try {
      buildDataset(dir);
    } catch (e) {
      error = e;
    }
    const answer = devErrorResponse(error);
    expect(answer.status).toBe(500);
    expect(answer.type).toBe('application/json; charset=utf-8');
    const problems = parseInvalidDataset(answer.body);
    expect(problems).toHaveLength(1);
    expect(problems![0]).toMatchObject({
      file: expect.stringMatching(/events\/2025\/2025-05-16-sample-talks\.json$/),
      line: expect.any(Number),
      column: expect.any(Number),
      field: '/sources/0/language (the first source)',
      message: expect.stringContaining('did you mean "en"?'),
    });
  });

  it('answers any other failure as text, as before', () => {
    expect(devErrorResponse(new Error('boom'))).toEqual({
      status: 500,
      type: 'text/plain; charset=utf-8',
      body: 'Error: boom',
    });
  });

  it('reads data/ unless DEV_DATA_DIR names another folder', () => {
    expect(devDataDir({})).toBe('data');
    expect(devDataDir({ DEV_DATA_DIR: '' })).toBe('data');
    expect(devDataDir({ DEV_DATA_DIR: '/tmp/x' })).toBe('/tmp/x');
  });
});
