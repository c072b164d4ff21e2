/**
 * The names every plain object answers to ("constructor", "__proto__", "toString"…). A value used as a
 * key into a table finds Object's own member under one of these rather than nothing: the dataset's
 * parser leaves out events whose kind, status or track is one, and the validator refuses them as track
 * keys. It imports nothing, so that the validator, which vite.config.ts loads, can use it as it is.
 */
export const OBJECT_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
