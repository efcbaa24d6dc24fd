/**
 * Matches key presses against the menu's accelerators (Electron syntax), so
 * the keys the menu shows are exactly the keys that work, in the browser too.
 */
import { formatAccelerator, type ParsedAccelerator, parseAccelerator } from '../../electron/menu/acceleratorText';

export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

function keyMatches(want: ParsedAccelerator, e: KeyPress): boolean {
  const { key } = want;
  // Keys whose character depends on Shift or the layout are matched by what they produce.
  if (key === '/' && want.shift) return e.key === '?' || (e.code === 'Slash' && e.shiftKey);
  if (key === '=') return e.key === '=' || e.key === '+' || e.code === 'Equal' || e.code === 'NumpadAdd';
  if (key === '-') return (e.key === '-' || e.code === 'Minus' || e.code === 'NumpadSubtract') && !e.shiftKey;
  if (e.shiftKey !== want.shift) return false;
  if (key === 'Delete') return e.key === 'Delete' || e.key === 'Backspace';
  if (/^[0-9]$/.test(key)) return e.code === `Digit${key}` || e.code === `Numpad${key}`;
  if (/^[A-Z]$/.test(key)) return e.key.toLowerCase() === key.toLowerCase() || e.code === `Key${key}`;
  return e.key === key;
}

export function matchesAccelerator(accelerator: string, e: KeyPress, isMac: boolean): boolean {
  const want = parseAccelerator(accelerator, isMac);
  if (e.ctrlKey !== want.ctrl || e.metaKey !== want.meta || e.altKey !== want.alt) return false;
  return keyMatches(want, e);
}

/**
 * Whether the accelerator is a key that types a character (N, Shift+1, ?):
 * such shortcuts give way to typing whenever a cell is selected.
 */
export function isTypingAccelerator(accelerator: string): boolean {
  const want = parseAccelerator(accelerator, false);
  return !want.ctrl && !want.meta && !want.alt && want.key.length === 1;
}

export { formatAccelerator };
