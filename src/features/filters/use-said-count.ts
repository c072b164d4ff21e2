import { useEffect, useRef, useState } from 'react';

/** How long typing pauses before the count is said: once for a word, not at each of its letters. */
export const SAY_COUNT_AFTER_TYPING_MS = 700;

/**
 * The words a live region says of the count, which the page shows at once: said at once after a choice,
 * a click or a link, but while the reader types in a box (`keystroke` counts the keystrokes), once the
 * typing pauses. Said at each letter, "zelensky" was three counts, each cutting into the letters a screen
 * reader echoes.
 */
export function useSaidCount(text: string, keystroke: number): string {
  const [said, setSaid] = useState(text);
  const lastKeystroke = useRef(keystroke);
  const typedAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (keystroke !== lastKeystroke.current) {
      lastKeystroke.current = keystroke;
      typedAt.current = performance.now();
    }
    // Timed from the keystroke, not from the count: above some thousands of events the views, and the
    // count, follow the search box a render later.
    const wait = Math.max(0, typedAt.current + SAY_COUNT_AFTER_TYPING_MS - performance.now());
    const timer = setTimeout(() => setSaid(text), wait);
    return () => clearTimeout(timer);
  }, [text, keystroke]);
  return said;
}
