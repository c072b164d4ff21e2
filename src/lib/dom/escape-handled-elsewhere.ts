/** Input types where a key goes to the field itself (Escape clears a search box, for one). */
const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
]);

/** Whether `el` is a field typed into (or a select); on a phone, focusing a text field brings up its keyboard. */
export function isTextField(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Open menus (a filter's facet menu is a <details>) and dialogs: each closes on Escape itself. */
const INNER_LAYERS = 'details[data-facet][open], [role="menu"], [role="listbox"], dialog, [role="dialog"]';

/**
 * Whether an Escape belongs to something nearer the reader than an outer panel: it was already
 * handled (a menu closed on it), or it comes from a text field, an open menu or a dialog, which
 * use it themselves. Escape closes only the innermost thing.
 */
export function escapeHandledElsewhere(e: KeyboardEvent): boolean {
  if (e.defaultPrevented) return true;
  const target = e.target;
  if (!(target instanceof Element)) return false;
  return isTextField(target) || target.closest(INNER_LAYERS) !== null;
}
