// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { SkippedEvent } from '../../lib/data/parse-dataset';
import { skippedLead, SkippedNotice, skippedRest } from './SkippedNotice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('SkippedNotice', () => {
  it('says "it is" for one malformed event and "they are" for more', () => {
    expect(skippedLead(1)).toBe('1 event in the data file could not be shown because it is malformed:');
    expect(skippedLead(3)).toBe('3 events in the data file could not be shown because they are malformed:');
  });

  it('cuts an id longer than a line and says it is cut', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const id = `a-${'very-'.repeat(40)}long-id`;
    await act(async () => root.render(<SkippedNotice skipped={[{ index: 0, id, reason: 'no date' }]} />));
    expect(container.querySelector('li bdi')?.textContent).toBe(`${id.slice(0, 80)}…`);
    act(() => root.unmount());
  });

  it('shows the phrase with the entries it names', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () =>
      root.render(<SkippedNotice skipped={[{ index: 4, id: 'x', reason: 'no date' }]} />),
    );
    expect(container.querySelector('p')?.textContent).toBe(
      '1 event in the data file could not be shown because it is malformed:',
    );
    expect(container.querySelector('li')?.textContent).toBe('“x”: no date');
    // The id comes from the data file: a right-to-left or hostile one cannot reorder the words around it.
    expect(container.querySelector('li bdi')?.textContent).toBe('x');
    act(() => root.unmount());
  });

  it('counts the events beyond the twenty it names, and how many in all', () => {
    expect(skippedRest(57)).toBe('and 37 more, 57 in all');
    expect(skippedRest(21)).toBe('and 1 more, 21 in all');
    expect(skippedRest(20)).toBeUndefined();
    expect(skippedRest(3)).toBeUndefined();
  });

  it('shows the count of the rest after the list, in words a screen reader reads as they are', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const skipped: SkippedEvent[] = Array.from({ length: 57 }, (_, i) => ({
      index: i,
      id: `e${i}`,
      reason: 'no date',
    }));
    await act(async () => root.render(<SkippedNotice skipped={skipped} />));
    expect(container.querySelectorAll('li')).toHaveLength(20);
    const more = container.querySelector('ul + p');
    expect(more?.textContent).toBe('…and 37 more, 57 in all');
    expect(more?.querySelector('[aria-hidden="true"]')?.textContent).toBe('…');
    // Inside the status region, as the lead and the list are.
    expect(more?.closest('[role="status"]')).not.toBeNull();
    await act(async () => root.render(<SkippedNotice skipped={skipped.slice(0, 20)} />));
    expect(container.querySelector('ul + p')).toBeNull();
    act(() => root.unmount());
  });
});
