interface Span {
  start: Date;
  end: Date;
}

export interface SpanAnnouncer {
  /**
   * A toolbar button's move: `move` runs now, and the new span is said once, when it has settled
   * (vis-timeline's rangechanged, after the easing). A press that leaves the window where it was
   * (Later at the last event) is answered with the span as it is, once no move has begun after a
   * moment.
   */
  moveAndSay(move: () => void): void;
  /** vis-timeline's `rangechange`: a drag that takes over from a toolbar move is the reader's own. */
  changing(byUser: boolean): void;
  /** vis-timeline's `rangechanged`. */
  settled(span: Span): void;
  /** Nothing more is said (the timeline is gone). */
  stop(): void;
}

/** Says the span a toolbar move leaves, once: `say` gets it, `current` reads the window as it is. */
export function spanAnnouncer(say: (span: Span) => void, current: () => Span, quietMs = 500): SpanAnnouncer {
  // `moved`: the window has begun to change, so its settling is what is said, not the timer.
  let pending: { moved: boolean; timer: ReturnType<typeof setTimeout> | undefined } | null = null;
  const drop = () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  };
  return {
    moveAndSay(move) {
      drop();
      const mine: { moved: boolean; timer: ReturnType<typeof setTimeout> | undefined } = {
        moved: false,
        timer: undefined,
      };
      pending = mine;
      move();
      mine.timer = setTimeout(() => {
        if (pending !== mine || mine.moved) return;
        pending = null;
        say(current());
      }, quietMs);
    },
    changing(byUser) {
      if (!pending) return;
      if (byUser) drop();
      else pending.moved = true;
    },
    settled(span) {
      if (!pending) return;
      drop();
      say(span);
    },
    stop: drop,
  };
}
