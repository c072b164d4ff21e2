// One chunk for every export format, loaded when the reader first exports.
export { eventsToCsv, eventsToCsvInSlices } from './to-csv';
export { eventsToIcs, eventsToIcsInSlices } from './to-ics';
export { eventsToJson, eventsToJsonInSlices } from './to-json';
export { pauseForPage } from './slices';
