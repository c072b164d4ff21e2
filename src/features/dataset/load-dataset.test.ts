// @vitest-environment happy-dom
/// <reference types="vite/client" />
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleEvent, sampleFile } from '../../lib/data/sample-dataset.fixture';
import { useAppStore } from '../../store/app-store';
import { loadDataset, WAIT_FOR_CODE_MS } from './load-dataset';

const file = sampleFile([sampleEvent]);

const status = () => useAppStore.getState().data.status;
const never = new Promise<never>(() => undefined);

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(file), { status: 200 })),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  it('shows the workspace as soon as the data and the timeline code are both in', async () => {
    await loadDataset(Promise.resolve());
    expect(status()).toBe('ready');
  });

  it('does not wait for ever for code that never comes: the data is shown after a short grace', async () => {
    const loading = loadDataset(never);
    await vi.advanceTimersByTimeAsync(WAIT_FOR_CODE_MS - 50);
    expect(status()).toBe('loading');
    await vi.advanceTimersByTimeAsync(100);
    await loading;
    expect(status()).toBe('ready');
  });

  it('shows the data when the code fails to load; the view reports its own failure', async () => {
    const failed = Promise.reject(new Error('chunk missing'));
    await loadDataset(failed);
    expect(status()).toBe('ready');
  });

  it('ends on the error screen when the data cannot be had, whatever the code does', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    await loadDataset(never);
    expect(useAppStore.getState().data).toMatchObject({
      status: 'error',
      message: 'The data file is missing.',
    });
  });
});
