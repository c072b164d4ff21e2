// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { buildItemElement, renewItemHref } from './item-element';

const event = {
  id: '2025-10-budapest-summit',
  start: '2025-10',
  title: 'Planned Trump–Putin summit in Budapest',
  kind: 'summit',
  status: 'cancelled',
  track: 'us-russia',
} as unknown as EventRecord;

/** Links to events as the store keeps them, counting the addresses they write. */
function linksFor(search: string) {
  const links = { written: 0, href: (id: string) => (links.written++, `/?${search}&event=${id}`) };
  return links;
}

it('an item links to its event with the filters it was built with', () => {
  const item = buildItemElement(event, () => undefined, linksFor('q=budapest'));
  expect(item.getAttribute('href')).toBe('/?q=budapest&event=2025-10-budapest-summit');
});

it('an item takes the address of new links, and is not written again for the same ones', () => {
  const first = linksFor('q=budapest');
  const item = buildItemElement(event, () => undefined, first);
  const next = linksFor('q=summit');
  renewItemHref(item, next);
  expect(item.getAttribute('href')).toBe('/?q=summit&event=2025-10-budapest-summit');
  renewItemHref(item, next);
  renewItemHref(item, next);
  expect(next.written).toBe(1);
  expect(first.written).toBe(1);
});
