// One chunk for every export format, loaded when the reader first exports.
// The files are written in slices, so that the page answers while a large view is exported.
export { eventsToCsvInSlices } from './to-csv';
export { eventsToIcsInSlices } from './to-ics';
export { eventsToJsonInSlices } from './to-json';
export { pauseForPage } from './slices';
