// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { sampleEvent, sampleFile } from '../../lib/data/sample-dataset.fixture';
import { ExportMenu } from './ExportMenu';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const event = sampleEvent as EventRecord;
const dataset = sampleFile([event]) as DatasetFile;

let container: HTMLDivElement;
let root: Root;
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render(events: readonly EventRecord[]) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<ExportMenu events={events} dataset={dataset} description="" />));
  return [...container.querySelectorAll('button')];
}

describe('ExportMenu', () => {
  it('disables every export when the view holds no event, and says why to assistive tech', async () => {
    const buttons = await render([]);
    expect(buttons.map((b) => b.textContent)).toEqual(['CSV', 'Calendar (.ics)', 'JSON']);
    for (const button of buttons) {
      expect(button.disabled).toBe(true);
      const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(reason?.textContent).toBe('Nothing to export: the view shows no event.');
    }
  });

  it('offers the exports, in the singular, for a view of one event', async () => {
    const buttons = await render([event]);
    expect(container.textContent).toContain('Export 1 shown event:');
    expect(container.textContent).not.toContain('Nothing to export');
    for (const button of buttons) {
      expect(button.disabled).toBe(false);
      expect(button.hasAttribute('aria-describedby')).toBe(false);
    }
  });
});
