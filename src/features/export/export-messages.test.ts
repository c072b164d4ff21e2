import { describe, expect, it } from 'vitest';
import {
  calendarLabel,
  calendarMessage,
  calendarShortfall,
  downloadedMessage,
  exportLead,
  noCalendarReason,
} from './export-messages';

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

  it('say before a download how many of the shown events a calendar will hold, and why not the others', () => {
    // As the audit found it: ?party=US,RU&partymode=all shows 43 events, three of them dated to the month.
    expect(calendarShortfall(43, 40)).toBe(
      'The calendar will hold 40 of the 43: the dates of 3 events are known only to the month or year.',
    );
    expect(calendarShortfall(2, 1)).toBe(
      'The calendar will hold 1 of the 2: the date of 1 event is known only to the month or year.',
    );
    expect(calendarShortfall(12000, 11500)).toBe(
      'The calendar will hold 11,500 of the 12,000: the dates of 500 events are known only to the month or year.',
    );
    expect(calendarLabel('Calendar (.ics)', 12000, 11500)).toBe('Calendar (.ics): 11,500 of 12,000');
    // Nothing to say when it holds them all; when it holds none, the button is off with its own reason.
    expect(calendarShortfall(43, 43)).toBeUndefined();
    expect(calendarShortfall(3, 0)).toBeUndefined();
    expect(calendarShortfall(0, 0)).toBeUndefined();
  });
});
