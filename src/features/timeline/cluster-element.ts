import { format } from 'date-fns';
import type { ClusterItem } from './window-feed';

export function clusterLabel(cluster: ClusterItem, laneName: string): string {
  const last = new Date(cluster.end.getTime() - 1);
  return `${cluster.count} events in ${laneName}, ${format(cluster.start, 'd MMM yyyy')} – ${format(last, 'd MMM yyyy')}`;
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
  root.setAttribute('aria-label', `${clusterLabel(cluster, laneName)}. Press Enter to zoom in.`);
  root.dataset.clusterId = cluster.id;
  root.textContent = `${cluster.count} events`;
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onZoom(cluster);
    }
  });
  return root;
}
