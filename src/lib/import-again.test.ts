import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  CodeLoadError,
  failedScriptUrl,
  failedStylesheetUrl,
  importAgain,
  loadStylesheet,
} from './import-again';

const chromium = new TypeError(
  'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/TimelineView-Bbbb9tld.js',
);

describe('failedScriptUrl', () => {
  it('finds the script in the messages of Chromium and Firefox, with or without a query', () => {
    expect(failedScriptUrl(chromium)).toBe('http://127.0.0.1:4173/assets/TimelineView-Bbbb9tld.js');
    expect(
      failedScriptUrl(
        new TypeError('error loading dynamically imported module: https://x.org/app/assets/A-1.js?retry=2'),
      ),
    ).toBe('https://x.org/app/assets/A-1.js');
  });
  it('is null when the message names no script (Safari)', () => {
    expect(failedScriptUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedScriptUrl('nothing')).toBeNull();
  });
});

describe('importAgain', () => {
  it('asks for the failed script under a fresh address each time, and reports a CodeLoadError', async () => {
    const asked: string[] = [];
    let online = false;
    const load = importAgain(() => Promise.reject(chromium), {
      importer: async (url) => {
        asked.push(url);
        if (!online) throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
        return { default: 'module' };
      },
    });
    const first = await load().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(CodeLoadError);
    expect((first as CodeLoadError).cause).toBe(chromium);
    await expect(load()).rejects.toBeInstanceOf(CodeLoadError);
    online = true;
    await expect(load()).resolves.toEqual({ default: 'module' });
    expect(asked).toEqual([
      'http://127.0.0.1:4173/assets/TimelineView-Bbbb9tld.js?retry=1',
      'http://127.0.0.1:4173/assets/TimelineView-Bbbb9tld.js?retry=2',
    ]);
  });

  it('does not take a script the view imports for the view itself: only a reload can bring the view', async () => {
    const dependency = 'http://127.0.0.1:4173/assets/vis-timeline-Ab12.js';
    const load = importAgain(
      () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${dependency}`)),
      { importer: async () => ({ Timeline: 'the dependency, with no default export' }) },
    );
    await expect(load()).rejects.toBeInstanceOf(CodeLoadError);
    const again = await load().catch((e: unknown) => e);
    expect(again).toBeInstanceOf(CodeLoadError);
    expect((again as CodeLoadError).message).toContain('only load after a reload');
  });

  it('takes a module without a default export, by a name it exports, when it arrives again', async () => {
    const formats = 'http://127.0.0.1:4173/assets/formats-Ab12.js';
    const load = importAgain(
      () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${formats}`)),
      { importer: async () => ({ eventsToCsv: 'csv' }), exportName: 'eventsToCsv' },
    );
    await expect(load()).rejects.toBeInstanceOf(CodeLoadError);
    await expect(load()).resolves.toEqual({ eventsToCsv: 'csv' });
  });

  it('calls the loader again when the error names no script', async () => {
    let calls = 0;
    const load = importAgain(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Importing a module script failed.');
      return 'ok';
    });
    await expect(load()).rejects.toBeInstanceOf(CodeLoadError);
    await expect(load()).resolves.toBe('ok');
  });
});

describe('a view whose stylesheet did not arrive', () => {
  const cssError = new Error(
    'Unable to preload CSS for http://127.0.0.1:4173/assets/TimelineView-DAV4XFMz.css',
  );

  it('names the stylesheet from the message of Vite’s loader, and nothing else', () => {
    expect(failedStylesheetUrl(cssError)).toBe('http://127.0.0.1:4173/assets/TimelineView-DAV4XFMz.css');
    expect(failedStylesheetUrl(chromium)).toBeNull();
    expect(failedStylesheetUrl('Unable to preload CSS for nothing')).toBeNull();
  });

  it('asks for the stylesheet again in place of the link that failed, leaving the others', () => {
    const doc = new Window({ url: 'http://127.0.0.1:4173/', settings: { disableCSSFileLoading: true } })
      .document as unknown as Document;
    for (const href of ['/assets/TimelineView-DAV4XFMz.css', '/assets/index-BW69ssTu.css']) {
      const link = doc.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.dataset.old = '';
      doc.head.append(link);
    }
    void loadStylesheet('http://127.0.0.1:4173/assets/TimelineView-DAV4XFMz.css', doc).catch(() => undefined);
    const links = [...doc.querySelectorAll('link')];
    expect(links.map((l) => [l.getAttribute('href'), 'old' in l.dataset])).toEqual([
      ['/assets/index-BW69ssTu.css', true],
      ['http://127.0.0.1:4173/assets/TimelineView-DAV4XFMz.css', false],
    ]);
  });

  it('asks for the stylesheet before the loader again, and the loader, not the script alone', async () => {
    let calls = 0;
    const asked: string[] = [];
    let online = false;
    const load = importAgain(
      () => (++calls === 1 ? Promise.reject(cssError) : Promise.resolve({ default: 'view' })),
      {
        importer: async (url) => {
          asked.push(url);
          return { default: 'script alone' };
        },
        stylesheet: async (href) => {
          asked.push(href);
          if (!online) throw new Error(`Unable to preload CSS for ${href}`);
        },
      },
    );
    await expect(load()).rejects.toBeInstanceOf(CodeLoadError);
    // Still offline: the stylesheet fails again, and the loader is not asked.
    await expect(load()).rejects.toBeInstanceOf(CodeLoadError);
    expect(calls).toBe(1);
    online = true;
    await expect(load()).resolves.toEqual({ default: 'view' });
    expect(calls).toBe(2);
    const css = 'http://127.0.0.1:4173/assets/TimelineView-DAV4XFMz.css';
    expect(asked).toEqual([css, css]);
  });
});
