// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { watchPressMoves } from './press-moves';

let stop = () => {};
afterEach(() => {
  stop();
  document.body.replaceChildren();
});

/** A timeline holding one item, whose opens are counted, and the press watcher on it. */
function setUp() {
  const timeline = document.createElement('div');
  const item = document.createElement('a');
  item.href = '/?event=a';
  timeline.append(item);
  document.body.append(timeline);
  const opened: boolean[] = [];
  item.addEventListener('click', (e) => opened.push(e.defaultPrevented));
  let time = 0;
  const presses = watchPressMoves(timeline, () => time);
  stop = presses.stop;
  const pointer = (type: string, x: number, at: EventTarget = item) =>
    at.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: 10, pointerId: 1, bubbles: true }));
  const click = (detail = 1) => {
    const e = new MouseEvent('click', { bubbles: true, cancelable: true, detail });
    item.dispatchEvent(e);
    return e;
  };
  return { presses, opened, pointer, click, later: (ms: number) => void (time += ms) };
}

it('a press that moves on ends with a click that reaches no item and follows no link', () => {
  const { presses, opened, pointer, click } = setUp();
  pointer('pointerdown', 100);
  pointer('pointermove', 150, document);
  expect(presses.moved()).toBe(true);
  pointer('pointerup', 300, document);
  const e = click();
  expect(e.defaultPrevented).toBe(true);
  expect(opened).toEqual([]);
  // Only that click: the next one, from the keyboard, opens the item.
  click(0);
  expect(opened).toEqual([false]);
});

it('a press that stays within a few pixels is a click', () => {
  const { presses, opened, pointer, click } = setUp();
  pointer('pointerdown', 100);
  pointer('pointermove', 103);
  pointer('pointerup', 103);
  expect(presses.moved()).toBe(false);
  expect(click().defaultPrevented).toBe(false);
  expect(opened).toEqual([false]);
});

it('a click long after a drag, or after a new press, is a click', () => {
  const { opened, pointer, click, later } = setUp();
  pointer('pointerdown', 100);
  pointer('pointermove', 200, document);
  pointer('pointerup', 200, document);
  later(2000);
  click(0);
  pointer('pointerdown', 100);
  pointer('pointermove', 200, document);
  pointer('pointerup', 200, document);
  pointer('pointerdown', 100);
  pointer('pointerup', 100);
  click();
  expect(opened).toEqual([false, false]);
});
