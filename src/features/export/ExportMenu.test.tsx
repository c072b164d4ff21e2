// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { sampleEvent, sampleFile } from '../../lib/data/sample-dataset.fixture';
import { downloadText } from '../../lib/download';
import { ExportMenu } from './ExportMenu';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const event = sampleEvent as EventRecord;
// Like the Budapest summit: dated only to October 2025, which a calendar cannot place on a day.
const monthOnly = { ...event, id: '2025-10-b', start: '2025-10' };
const dataset = sampleFile([event]) as DatasetFile;

let container: HTMLDivElement;
let root: Root;
afterEach(() => {
  vi.mocked(downloadText).mockClear();
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

  it('turns the calendar off, saying why, when no shown event is dated to the day; CSV and JSON stay on', async () => {
    const buttons = await render([monthOnly]);
    const [csv, ics, json] = buttons;
    const reason = "Nothing to put in a calendar: the shown event's date is known only to the month or year.";
    expect(ics?.disabled).toBe(true);
    expect(document.getElementById(ics?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(reason);
    expect(container.textContent).toContain(reason);
    for (const button of [csv, json]) {
      expect(button?.disabled).toBe(false);
      expect(button?.hasAttribute('aria-describedby')).toBe(false);
    }
  });

  it('offers the calendar when one shown event of several is dated to the day, saying first what it leaves out', async () => {
    const [csv, ics, json] = await render([monthOnly, event]);
    expect([csv, ics, json].every((b) => !b?.disabled)).toBe(true);
    expect(container.textContent).not.toContain('Nothing to');
    // Before any click, on the button: how many of the shown events the calendar will hold; and why, read
    // with it and shown when the pointer rests on it. Not only in the message after the download.
    expect(ics?.textContent).toBe('Calendar (.ics): 1 of 2');
    const note = 'The calendar will hold 1 of the 2: the date of 1 event is known only to the month or year.';
    expect(document.getElementById(ics?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(note);
    expect(ics?.title).toBe(note);
    expect(csv?.textContent).toBe('CSV');
    for (const button of [csv, json]) expect(button?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('says nothing of the calendar when it holds every shown event', async () => {
    const buttons = await render([event, { ...event, id: '2025-05-17-c', start: '2025-05-17' }]);
    expect(container.textContent).not.toContain('The calendar will hold');
    expect(buttons.map((b) => b.textContent)).toEqual(['CSV', 'Calendar (.ics)', 'JSON']);
    expect(buttons.every((b) => !b.hasAttribute('aria-describedby') && !b.title)).toBe(true);
  });

  it('names each file by the events it holds: the calendar counts only those dated to the day', async () => {
    const buttons = await render([monthOnly, event]);
    for (const button of buttons) await act(async () => button.click());
    // The formats are a chunk of their own, imported on the first click: on a busy machine that import
    // has taken longer than waitFor's default second.
    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(3), { timeout: 10_000 });
    const names = vi.mocked(downloadText).mock.calls.map(([name]) => name);
    expect(names.sort()).toEqual([
      'diplomatic-timeline-1-1-events.ics',
      'diplomatic-timeline-1-2-events.csv',
      'diplomatic-timeline-1-2-events.json',
    ]);
  });
});
