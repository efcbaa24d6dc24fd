/** Whether a key or clipboard event belongs to a text field, where the board must leave it alone. */

/** Inputs that take no typing: with one focused (a panel's checkbox or radio), Esc and Ctrl+Z must still reach the app. */
const UNTYPED_INPUTS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
