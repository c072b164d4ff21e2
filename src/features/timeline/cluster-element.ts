import { shortMonthName } from '../../lib/dates/month-names';
import { eventCount } from '../../lib/text/count-phrase';
import type { ClusterItem } from './window-feed';

/** "16 Oct 2025", in local time like the timeline's axis. */
const shortDate = (d: Date) => `${d.getDate()} ${shortMonthName(d.getMonth() + 1)} ${d.getFullYear()}`;

// A cluster's id fixes its span, and after each filter change every cluster on screen is relabelled:
// format each span once.
const spans = new Map<string, string>();
function spanOf(cluster: ClusterItem): string {
  let span = spans.get(cluster.id);
  if (span === undefined) {
    const last = new Date(cluster.end.getTime() - 1);
    span = `${shortDate(cluster.start)} – ${shortDate(last)}`;
    if (spans.size > 5000) spans.clear();
    spans.set(cluster.id, span);
  }
  return span;
}

export function clusterLabel(cluster: ClusterItem, laneName: string): string {
  return `${eventCount(cluster.count)} in ${laneName}, ${spanOf(cluster)}`;
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
