// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { skippedLead, SkippedNotice } from './SkippedNotice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('SkippedNotice', () => {
  it('says "it is" for one malformed event and "they are" for more', () => {
    expect(skippedLead(1)).toBe('1 event in the data file could not be shown because it is malformed:');
    expect(skippedLead(3)).toBe('3 events in the data file could not be shown because they are malformed:');
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
});
