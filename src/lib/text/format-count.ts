// One formatter, made once: Intl.NumberFormat is slow to build and quick to use, and counts are written
// for every cluster and facet choice on each change.
const COUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * A count as the page writes it, with thousands separated: "10,000", "1,234,567", "999". English, as the
 * rest of the page; the bench harness and the tests read it back by dropping what is not a digit.
 */
export function formatCount(count: number): string {
  return COUNT.format(count);
}
