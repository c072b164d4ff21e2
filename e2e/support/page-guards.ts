import { expect, type Page } from '@playwright/test';

export interface PageGuards {
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Content-Security-Policy violations: "directive blocked-uri (file:line)". */
  violations(): Promise<string[]>;
}

/** Starts recording uncaught errors and CSP violations; call before the first navigation. */
export async function guardPage(page: Page): Promise<PageGuards> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return {
    errors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
  };
}

/** The page says something: the header is there and the main area shows an error, progress or the data. */
export async function expectNotBlank(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Diplomatic Timeline' })).toBeVisible();
  const state = page
    .locator('#main')
    .locator('[role="alert"], [role="status"], [data-testid="dataset-summary"]')
    .first();
  await expect(state).toBeVisible();
  await expect(state).not.toHaveText('');
}

/**
 * What a page that ran injected markup would leave behind: elements made from dataset text, script
 * handlers in attributes, script addresses in links, and the flag the payloads set.
 */
export async function findInjectedTraces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const traces: string[] = [];
    const describe = (el: Element) => el.outerHTML.slice(0, 120);
    for (const el of document.querySelectorAll(
      '[data-pwned], img[src="x"], iframe, object, embed, svg[onload]',
    )) {
      traces.push(`element: ${describe(el)}`);
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src || new URL(script.src).origin !== location.origin)
        traces.push(`script: ${describe(script)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) traces.push(`handler: ${describe(el)}`);
        if (
          /^(href|src|action|formaction|xlink:href)$/i.test(attr.name) &&
          /^\s*(javascript|data|vbscript):/i.test(attr.value.replace(/[\t\n\r]/g, ''))
        ) {
          traces.push(`address: ${describe(el)}`);
        }
      }
    }
    if (document.querySelectorAll('a[href^="javascript"]').length > 0) traces.push('a[href^="javascript"]');
    const flag = (window as unknown as { __pwned?: unknown }).__pwned;
    if (flag !== undefined) traces.push(`window.__pwned = ${String(flag)}`);
    return traces;
  });
}
