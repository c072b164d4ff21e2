import { useMemo, useState } from 'react';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { downloadText } from '../../lib/download';
import { CodeLoadError, importAgain } from '../../lib/import-again';
import { eventPermalink } from '../../lib/permalink';
import {
  calendarLabel,
  calendarMessage,
  calendarShortfall,
  downloadedMessage,
  EXPORT_CODE_MISSING,
  exportLead,
  noCalendarReason,
  NOTHING_TO_EXPORT,
} from './export-messages';
import { exportFileName } from './export-file-name';
import { calendarDays } from './formats/calendar-days';

type Format = 'csv' | 'ics' | 'json';

// A failed download of the formats is asked for again on the next click (see import-again.ts).
const loadFormats = importAgain(() => import('./formats/index'), { exportName: 'eventsToCsvInSlices' });

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
  const empty = events.length === 0;
  const inCalendar = useMemo(() => events.filter((e) => calendarDays(e) !== null).length, [events]);
  // RFC 5545 wants at least one component in a calendar: one with no event is not even a valid file.
  const noCalendar = !empty && inCalendar === 0;
  const offReasonId = (format: Format) =>
    empty ? 'export-none' : format === 'ics' && noCalendar ? 'export-no-calendar' : undefined;
  // Said before the download, not only after it: the lead's count is of the shown events.
  const shortfall = calendarShortfall(events.length, inCalendar);
  const noteId = (format: Format) =>
    offReasonId(format) ?? (format === 'ics' && shortfall ? 'export-calendar-shortfall' : undefined);
  const fileName = (count: number, extension: string) => exportFileName(dataset.version, count, extension);

  const run = async (format: Format) => {
    setMessage('Preparing the file…');
    try {
      const formats = await loadFormats();
      const permalink = (id: string) => eventPermalink(id);
      const datasetVersion = dataset.version;
      // The address of the view, which holds every filter: written down, it reopens these events.
      const viewAddress = window.location.href;
      if (format === 'csv') {
        downloadText(
          fileName(events.length, 'csv'),
          await formats.eventsToCsvInSlices(
            events,
            dataset.vocabulary,
            { permalink, datasetVersion },
            formats.pauseForPage,
          ),
          'text/csv;charset=utf-8',
        );
        setMessage(downloadedMessage(events.length, 'CSV'));
      } else if (format === 'json') {
        const json = await formats.eventsToJsonInSlices(
          events,
          dataset,
          { ...(description ? { filter: description } : {}), permalink: viewAddress },
          formats.pauseForPage,
        );
        downloadText(fileName(events.length, 'json'), json, 'application/json;charset=utf-8');
        setMessage(downloadedMessage(events.length, 'JSON'));
      } else {
        const { file, skipped } = await formats.eventsToIcsInSlices(
          events,
          {
            stamp: new Date(),
            permalink,
            vocabulary: dataset.vocabulary,
            datasetVersion,
            view: { description, address: viewAddress },
          },
          formats.pauseForPage,
        );
        const inFile = events.length - skipped.length;
        downloadText(fileName(inFile, 'ics'), file, 'text/calendar;charset=utf-8');
        setMessage(calendarMessage(inFile, skipped.length));
      }
    } catch (e) {
      setMessage(e instanceof CodeLoadError ? EXPORT_CODE_MISSING : `The export failed: ${String(e)}`);
    }
  };

  return (
    <div className="export">
      <span className="export__label" id="export-label">
        {exportLead(events.length)}
      </span>
      <div role="group" aria-labelledby="export-label" className="export__buttons">
        {FORMATS.map(({ format, label }) => {
          const reason = offReasonId(format);
          const note = noteId(format);
          return (
            <button
              key={format}
              type="button"
              onClick={() => void run(format)}
              data-export={format}
              // An empty file helps nobody: a button that would write one is off, and the reason is read
              // with it; the calendar's button is read with what the calendar will leave out.
              disabled={reason !== undefined}
              aria-describedby={note}
              title={format === 'ics' ? shortfall : undefined}
            >
              {format === 'ics' && shortfall ? calendarLabel(label, events.length, inCalendar) : label}
            </button>
          );
        })}
      </div>
      {empty && (
        <span className="export__none" id="export-none">
          {NOTHING_TO_EXPORT}
        </span>
      )}
      {noCalendar && (
        <span className="export__none" id="export-no-calendar">
          {noCalendarReason(events.length)}
        </span>
      )}
      {/* On the button its count; here its reason, read with it (a line of its own took the view 55–130 px
          down the page on a laptop, for the few events dated to the month). */}
      {shortfall && (
        <span className="visually-hidden" id="export-calendar-shortfall">
          {shortfall}
        </span>
      )}
      <span role="status" className="export__status">
        {message}
      </span>
    </div>
  );
}
