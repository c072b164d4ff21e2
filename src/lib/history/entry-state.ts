/**
 * Fields the app keeps in a history entry (history.state), each beside the others: the list's reading
 * place, the timeline's window a step showed. An entry's state may be anything another script wrote.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field of an entry's state, if the state is an object and the field one too. */
export function entryField(state: unknown, field: string): Record<string, unknown> | null {
  if (!isRecord(state)) return null;
  const value = state[field];
  return isRecord(value) ? value : null;
}

/** An entry's state with `field` set to `value`, and whatever else it held. */
export const withEntryField = (state: unknown, field: string, value: unknown): Record<string, unknown> => ({
  ...(isRecord(state) ? state : {}),
  [field]: value,
});
