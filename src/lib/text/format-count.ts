// Not Intl.NumberFormat: building the first one in a page loads ICU's number data, 13–30 ms on this
// machine, and the page's first render writes counts ("Showing 100 of 100 events"). Counts are whole
// numbers in English, which a regular expression groups exactly as Intl would.

/**
 * A count as the page writes it, with thousands separated: "10,000", "1,234,567", "999". English, as the
 * rest of the page; the bench harness and the tests read it back by dropping what is not a digit.
 */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return String(count);
  // Halves away from zero, as Intl rounds.
  const whole = Math.sign(count) * Math.round(Math.abs(count));
  const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+$)/g, ',');
  return whole < 0 ? `-${grouped}` : grouped;
}
