/** A part of the app whose code did not arrive: the connection, not the data, is to blame. */
export class CodeLoadError extends Error {
  constructor(readonly cause: unknown) {
    super(`The code could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'CodeLoadError';
  }
}

/** The address of the script a failed `import()` names (Chromium and Firefox do; Safari does not). */
export function failedScriptUrl(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  return /\b(https?:\/\/[^\s'"]+?\.m?js)(?:\?[^\s'"]*)?(?=$|[\s'"])/.exec(text)?.[1] ?? null;
}

/** The stylesheet a failed `import()` names: Vite's loader waits for a view's stylesheet before its code. */
export function failedStylesheetUrl(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  return /\bUnable to preload CSS for (\S+\.css)\b/.exec(text)?.[1] ?? null;
}

/**
 * Asks for a stylesheet again, in place of the `<link>` that failed, and waits for it. Vite's loader never
 * asks twice for a stylesheet it once asked for: a second try of the view would draw it without its styles.
 */
export function loadStylesheet(href: string, doc: Document = document): Promise<void> {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    if (link.href === href) link.remove();
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return new Promise((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Unable to preload CSS for ${href}`)));
    doc.head.append(link);
  });
}

type Importer = (url: string) => Promise<unknown>;

// Kept out of the bundler's sight: the address is only known once an import has failed.
const importUrl: Importer = (url) => import(/* @vite-ignore */ url);

/**
 * A loader that can be tried again after a failed download. A browser keeps a failed `import()` in
 * its module map (Chromium does), so asking for the same address again fails at once without going to
 * the network: after a failure the script the error names is asked for under a fresh address
 * (`?retry=N`). Every failure is a CodeLoadError, so that the page can say the connection is to blame.
 */
export function importAgain<M>(
  load: () => Promise<M>,
  {
    importer = importUrl,
    stylesheet = loadStylesheet,
    exportName = 'default',
  }: {
    importer?: Importer;
    stylesheet?: (href: string) => Promise<void>;
    /** A name the module itself exports, and a script it imports does not (a view's is "default"). */
    exportName?: string;
  } = {},
): () => Promise<M> {
  let failed: string | null = null;
  let failedStyles: string | null = null;
  let attempt = 0;
  return async () => {
    try {
      if (failedStyles !== null) {
        await stylesheet(failedStyles);
        failedStyles = null;
      }
      if (failed === null) return await load();
      attempt += 1;
      const module = await importer(`${failed}?retry=${attempt}`);
      // The script that failed may have been one the view's code imports, not the view's code itself:
      // that arrives now, but the view's code still refers to it by the address that failed, which only
      // a reload asks for again.
      if (!(typeof module === 'object' && module !== null && exportName in module))
        throw new Error(`${failed} arrived, but the part that needs it can only load after a reload`);
      return module as M;
    } catch (e) {
      // Vite's loader waits for a view's stylesheet before it asks for its code: a stylesheet that failed
      // is asked for again first, then the loader.
      failedStyles = failedStylesheetUrl(e) ?? failedStyles;
      if (failedStyles === null) failed = failedScriptUrl(e) ?? failed;
      throw new CodeLoadError(e);
    }
  };
}
