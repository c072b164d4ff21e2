/**
 * "diplomatic-timeline-2026.11.28.3-101-events.ics". The count is of what the file holds, not of the
 * view: a calendar leaves out the events it cannot place on a day, and a name that says 104 over a file
 * of 101 would send the reader looking for three that are not there.
 */
export function exportFileName(version: string, count: number, extension: string): string {
  return `diplomatic-timeline-${version}-${count}-events.${extension}`;
}
