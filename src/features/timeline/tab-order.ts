/** An item's element as vis-timeline draws it: it keeps the item it draws on the element. */
type ItemElement = Element & { 'vis-item'?: { data?: { start?: Date | number | string }; top?: number } };

/** Where an item stands in reading order within its lane: its start, then its row. */
function place(el: ItemElement): [number, number] {
  const item = el['vis-item'];
  const start = item?.data?.start;
  const time =
    start instanceof Date ? start.getTime() : start === undefined ? NaN : new Date(start).getTime();
  return [Number.isNaN(time) ? Number.POSITIVE_INFINITY : time, item?.top ?? 0];
}

const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * Puts the items of each lane in the page in the order they are read in, by date (then row), so that Tab
 * goes through them as they are drawn. vis-timeline adds an item's element at the end of its lane as the
 * item comes into the window, and takes it out as it leaves: on a phone, where following the focus to an
 * item at one edge drew again an item past the other, Tab went round three items of a lane for ever.
 * The focused element is never moved (moved, it would lose the focus): the others are put around it.
 */
export function keepItemsInReadingOrder(
  root: ParentNode,
  focused: Element | null = document.activeElement,
): void {
  for (const lane of root.querySelectorAll('.vis-foreground > .vis-group')) {
    const items = [...lane.children].filter((el) => el.classList.contains('vis-item')) as ItemElement[];
    if (items.length < 2) continue;
    const places = new Map(items.map((el) => [el, place(el)]));
    if (items.every((el, i) => i === 0 || !before(places.get(el)!, places.get(items[i - 1]!)!))) continue;
    const sorted = [...items].sort((a, b) => {
      const [pa, pb] = [places.get(a)!, places.get(b)!];
      return before(pa, pb) ? -1 : before(pb, pa) ? 1 : 0;
    });
    const anchor = focused ? items.find((el) => el.contains(focused)) : undefined;
    if (!anchor) {
      for (const el of sorted) lane.appendChild(el);
      continue;
    }
    const at = sorted.indexOf(anchor);
    for (const el of sorted.slice(0, at)) lane.insertBefore(el, anchor);
    let previous: Element = anchor;
    for (const el of sorted.slice(at + 1)) {
      lane.insertBefore(el, previous.nextSibling);
      previous = el;
    }
  }
}

/**
 * Keeps Tab's order right where it is used: after each redraw while the focus is in the timeline (where
 * following the focus brings items into the window), and as Tab is pressed, before the browser moves the
 * focus (into the timeline, or on from an item clicked after a filter had drawn others). Putting every
 * lane in order after every redraw cost each filter of 10,000 events some milliseconds, for readers who
 * never Tab through the items.
 */
export function followReadingOrder(
  timeline: {
    on(event: 'changed', handler: () => void): void;
    off(event: 'changed', handler: () => void): void;
  },
  element: HTMLElement,
): () => void {
  const afterRedraw = () => {
    if (element.contains(document.activeElement)) keepItemsInReadingOrder(element);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab') keepItemsInReadingOrder(element);
  };
  timeline.on('changed', afterRedraw);
  document.addEventListener('keydown', onKey, true);
  return () => {
    timeline.off('changed', afterRedraw);
    document.removeEventListener('keydown', onKey, true);
  };
}
