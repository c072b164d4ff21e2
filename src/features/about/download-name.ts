/** The dataset's file name, with its version where that is fit for a file name (it is the data's own text). */
export function downloadName(version: string): string {
  return /^[\w.-]{1,40}$/.test(version)
    ? `diplomatic-timeline-${version}.json`
    : 'diplomatic-timeline-events.json';
}
