import { monthName, shortMonthName } from '../../lib/dates/month-names';
import { eventCount } from '../../lib/text/count-phrase';
import type { ClusterItem } from './window-feed';

/** "16 Oct 2025", in local time like the timeline's axis. */
const shortDate = (d: Date) => `${d.getDate()} ${shortMonthName(d.getMonth() + 1)} ${d.getFullYear()}`;

const atMidnightOfFirst = (d: Date) =>
  d.getDate() === 1 && d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0;

/**
 * The days a span covers, its end excluded, as the calendar names them: "2021", "March 2021",
 * "January–June 2021", "3–9 Mar 2025", "16 Oct 2025". Neighbouring clusters' spans never share a day.
 */
export function spanLabel(start: Date, end: Date): string {
  // The last day: local midnight a day before the end, across a change of the clocks too.
  const last = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
  if (atMidnightOfFirst(start) && atMidnightOfFirst(end)) {
    const [y1, m1, y2, m2] = [start.getFullYear(), start.getMonth(), last.getFullYear(), last.getMonth()];
    if (m1 === 0 && m2 === 11) return y1 === y2 ? `${y1}` : `${y1}–${y2}`;
    if (y1 === y2 && m1 === m2) return `${monthName(m1 + 1)} ${y1}`;
    if (y1 === y2) return `${monthName(m1 + 1)}–${monthName(m2 + 1)} ${y1}`;
    return `${monthName(m1 + 1)} ${y1} – ${monthName(m2 + 1)} ${y2}`;
  }
  if (last.getTime() <= start.getTime()) return shortDate(start);
  if (start.getFullYear() !== last.getFullYear()) return `${shortDate(start)} – ${shortDate(last)}`;
  if (start.getMonth() !== last.getMonth())
    return `${start.getDate()} ${shortMonthName(start.getMonth() + 1)} – ${shortDate(last)}`;
  return `${start.getDate()}–${shortDate(last)}`;
}

// A cluster's id fixes its span, and after each filter change every cluster on screen is relabelled:
// format each span once.
const spans = new Map<string, string>();
function spanOf(cluster: ClusterItem): string {
  let span = spans.get(cluster.id);
  if (span === undefined) {
    span = spanLabel(cluster.start, cluster.end);
    if (spans.size > 5000) spans.clear();
    spans.set(cluster.id, span);
  }
  return span;
}

/** "12 events in US–Russia, September 2025", as the words before, the lane's name, and the words after. */
export function clusterLabelParts(cluster: ClusterItem, laneName: string): [string, string, string] {
  return [`${eventCount(cluster.count)} in `, laneName, `, ${spanOf(cluster)}`];
}

export function clusterLabel(cluster: ClusterItem, laneName: string): string {
  return clusterLabelParts(cluster, laneName).join('');
}

/** A cluster of events too close together to draw one by one at this zoom: Enter or a click zooms in. */
export function buildClusterElement(
  cluster: ClusterItem,
  laneName: string,
  onZoom: (cluster: ClusterItem) => void,
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'tl-cluster__content';
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  root.dataset.clusterId = cluster.id;
  // A cluster's id names its lane and span, so the span it zooms to never changes for this node.
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onZoom(cluster);
    }
  });
  return updateClusterElement(root, cluster, laneName);
}

/** Puts a cluster's count into a node built for it, keeping the node. */
export function updateClusterElement(root: HTMLElement, cluster: ClusterItem, laneName: string): HTMLElement {
  const text = eventCount(cluster.count);
  if (root.textContent !== text) root.textContent = text;
  root.setAttribute('aria-label', `${clusterLabel(cluster, laneName)}. Press Enter to zoom in.`);
  return root;
}
