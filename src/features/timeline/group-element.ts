/** A lane label, as text. */
export function buildGroupElement(name: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'tl-group';
  el.textContent = name;
  return el;
}
