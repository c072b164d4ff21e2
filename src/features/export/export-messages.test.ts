import { describe, expect, it } from 'vitest';
import { calendarMessage, downloadedMessage, exportLead, noCalendarReason } from './export-messages';

describe('export messages', () => {
  it('say "event" for one and "events" otherwise', () => {
    expect(exportLead(1)).toBe('Export 1 shown event:');
    expect(exportLead(0)).toBe('Export 0 shown events:');
    expect(exportLead(104)).toBe('Export 104 shown events:');
    expect(downloadedMessage(1, 'CSV')).toBe('Downloaded 1 event as CSV.');
    expect(downloadedMessage(2, 'JSON')).toBe('Downloaded 2 events as JSON.');
  });

  it('name the events a calendar could not hold, in agreement with their number', () => {
    expect(calendarMessage(1, 0)).toBe('Downloaded 1 event as a calendar.');
    expect(calendarMessage(1, 1)).toBe(
      'Downloaded 1 event as a calendar. 1 event is not in it because its date is known only to the month or year.',
    );
    expect(calendarMessage(5, 2)).toBe(
      'Downloaded 5 events as a calendar. 2 events are not in it because their dates are known only to the month or year.',
    );
  });

  it('say why the calendar is off when no shown event is dated to the day, in agreement with their number', () => {
    expect(noCalendarReason(1)).toBe(
      "Nothing to put in a calendar: the shown event's date is known only to the month or year.",
    );
    expect(noCalendarReason(3)).toBe(
      'Nothing to put in a calendar: the dates of all 3 shown events are known only to the month or year.',
    );
  });
});
