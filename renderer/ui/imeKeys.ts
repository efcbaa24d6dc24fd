/**
 * Whether a key press belongs to an IME composition (Chinese, Japanese, Korean,
 * or a dead key): the Enter that picks a candidate must never commit a note.
 * Chromium sets `isComposing`; some IMEs only report keyCode 229 ("Process").
 */
export function isImeKey(e: { readonly isComposing?: boolean; readonly keyCode?: number }): boolean {
  return e.isComposing === true || e.keyCode === 229;
}
