/**
 * Focus for what opens over the board (panels, the shortcuts overlay): it
 * takes the focus when it opens and gives it back when it closes, to where it
 * was, or to the board when that element has gone.
 */
import { type RefObject, useLayoutEffect } from 'react';
import { focusBoard } from './editors/CellTypeAhead';

const FOCUSABLE = 'input:not([type=hidden]):not(:disabled), textarea:not(:disabled), select:not(:disabled), button:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

export function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/**
 * While `key` is non-null, the element holds the focus: `first` picks what gets it
 * (by default the first focusable). A new key (another persona) moves focus there again.
 */
export function useFocusWhileOpen(ref: RefObject<HTMLElement | null>, key: string | null, first?: (root: HTMLElement) => HTMLElement | null): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (key === null || !root) return;
    const previous = document.activeElement instanceof HTMLElement && !root.contains(document.activeElement) ? document.activeElement : null;
    (first?.(root) ?? focusablesIn(root)[0] ?? root).focus({ preventScroll: true });
    return () => {
      // Only when the focus is still inside (or was dropped with it): a click elsewhere keeps its own focus.
      const active = document.activeElement;
      if (active && active !== document.body && !root.contains(active)) return;
      if (previous?.isConnected && previous !== document.body) previous.focus({ preventScroll: true });
      else focusBoard();
    };
  }, [key]);
}

/** Keeps Tab and Shift+Tab inside a modal overlay. */
export function trapTab(e: React.KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Tab') return;
  const items = focusablesIn(e.currentTarget);
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items.at(-1)!;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
