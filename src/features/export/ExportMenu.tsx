import { useState } from 'react';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { downloadText } from '../../lib/download';
import { eventPermalink } from '../../lib/permalink';

type Format = 'csv' | 'ics' | 'json';

const FORMATS: { format: Format; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'ics', label: 'Calendar (.ics)' },
  { format: 'json', label: 'JSON' },
];

/** Downloads exactly the events the reader is looking at, in the format asked for. */
export function ExportMenu({
  events,
  dataset,
  description,
}: {
  events: readonly EventRecord[];
  dataset: DatasetFile;
  description: string;
}) {
  const [message, setMessage] = useState('');
  const base = `diplomatic-timeline-${dataset.version}-${events.length}-events`;

  const run = async (format: Format) => {
    setMessage('Preparing the file…');
    try {
      const formats = await import('./formats/index');
      const permalink = (id: string) => eventPermalink(id);
      if (format === 'csv') {
        downloadText(
          `${base}.csv`,
          formats.eventsToCsv(events, dataset.vocabulary, { permalink }),
          'text/csv;charset=utf-8',
        );
        setMessage(`Downloaded ${events.length} events as CSV.`);
      } else if (format === 'json') {
        const json = formats.eventsToJson(events, dataset, description ? { filter: description } : {});
        downloadText(`${base}.json`, json, 'application/json;charset=utf-8');
        setMessage(`Downloaded ${events.length} events as JSON.`);
      } else {
        const { text, skipped } = formats.eventsToIcs(events, {
          stamp: new Date(),
          permalink,
          vocabulary: dataset.vocabulary,
        });
        downloadText(`${base}.ics`, text, 'text/calendar;charset=utf-8');
        const inCalendar = events.length - skipped.length;
        setMessage(
          `Downloaded ${inCalendar} events as a calendar.` +
            (skipped.length > 0
              ? ` ${skipped.length} event${skipped.length === 1 ? ' is' : 's are'} not in it because ${skipped.length === 1 ? 'its date is' : 'their dates are'} known only to the month or year.`
              : ''),
        );
      }
    } catch (e) {
      setMessage(`The export failed: ${String(e)}`);
    }
  };

  return (
    <div className="export">
      <span className="export__label" id="export-label">
        Export {events.length} shown events:
      </span>
      <div role="group" aria-labelledby="export-label" className="export__buttons">
        {FORMATS.map(({ format, label }) => (
          <button key={format} type="button" onClick={() => void run(format)} data-export={format}>
            {label}
          </button>
        ))}
      </div>
      <span role="status" className="export__status">
        {message}
      </span>
    </div>
  );
}
