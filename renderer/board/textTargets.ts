/** Whether a key or clipboard event belongs to a text field, where the board must leave it alone. */

/** Inputs that take no typing: with one focused (a panel's checkbox or radio), Esc and Ctrl+Z must still reach the app. */
const UNTYPED_INPUTS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** Marks the board's type-ahead field: focus there is focus on the board, not in a text field. */
export const BOARD_KEYS_ATTRIBUTE = 'data-board-keys';

export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The board's type-ahead field takes typing only to start a note: for every other purpose it is the board.
  if (target.hasAttribute(BOARD_KEYS_ATTRIBUTE)) return false;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** Whether a key pressed on this target is meant for the board: the page itself, the board, or its type-ahead field. */
export function isBoardTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return target.closest(`[${BOARD_KEYS_ATTRIBUTE}], [data-testid=board]`) !== null;
}
