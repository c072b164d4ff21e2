import type { DatasetFile } from '../../lib/data/dataset';
import { formatCount } from '../../lib/text/format-count';
import { downloadName } from './download-name';

/** Version, size and source policy of the data, with the files to download. */
export function AboutData({ dataset }: { dataset: DatasetFile }) {
  const sources = dataset.events.reduce((n, e) => n + e.sources.length, 0);
  const base = import.meta.env.BASE_URL;
  const updated = dataset.generatedAt ? new Date(dataset.generatedAt) : null;
  return (
    <footer className="about" aria-labelledby="about-title">
      <h2 id="about-title">About the data</h2>
      <dl className="about__facts">
        <dt>Version</dt>
        <dd data-testid="about-version">{dataset.version}</dd>
        <dt>Last built</dt>
        <dd>
          {updated && !Number.isNaN(updated.getTime()) ? updated.toISOString().slice(0, 10) : 'unknown'}
        </dd>
        <dt>Events</dt>
        <dd>{formatCount(dataset.events.length)}</dd>
        <dt>Sources</dt>
        <dd>{formatCount(sources)}</dd>
      </dl>
      <p>
        Every event rests on news articles that an editor found and read; negotiation rounds, summits,
        cancellations and large prisoner exchanges cite at least two publishers. Where Moscow and Kyiv, or two
        outlets, disagree, the event gives both accounts with their sources.
      </p>
      <p>
        {/* Saved as files, under names that say what they are: followed as links, they replaced the app
            with raw JSON in its tab. */}
        Download{' '}
        <a href={`${base}data/events.json`} download={downloadName(dataset.version)}>
          the full dataset (JSON)
        </a>{' '}
        and{' '}
        <a href={`${base}data/event.schema.json`} download="diplomatic-timeline-event.schema.json">
          its JSON Schema
        </a>
        . Corrections are welcome by pull request.
      </p>
    </footer>
  );
}

// Loaded once the page has what it needs first: it sits below the chronology.
export default AboutData;
