// One chunk for every export format, loaded when the reader first exports.
export { eventsToCsv } from './to-csv';
export { eventsToIcs } from './to-ics';
export { eventsToJson } from './to-json';
