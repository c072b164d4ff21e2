/**
 * The control of a toolbar a key moves the focus to, by the ARIA toolbar pattern: Left and Right step
 * (round from one end to the other), Home and End jump to the ends. Null for any other key, which the
 * focused control keeps.
 */
export function rovingIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
