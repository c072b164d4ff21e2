// Made on first use, not when the module loads: building it loads ICU's display-name data, which cost
// about 40 ms of the first page load on the benchmark machine, and only the event panel needs it.
let names: Intl.DisplayNames | null | undefined;

/** "uk" → "Ukrainian"; an unknown tag is shown as it is. */
export function languageName(tag: string): string {
  names ??=
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;
  try {
    return names?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
