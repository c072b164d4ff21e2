import { useState, type ReactNode } from 'react';

/**
 * The chart of events per month folded under a closed summary (the list on a phone), so that the first
 * screen reaches the chronology. What it holds is drawn only once opened: the chart's code is not asked
 * for before.
 */
export function DensityFold({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="density-fold" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Events per month</summary>
      {open && children}
    </details>
  );
}
