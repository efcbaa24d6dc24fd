/**
 * Matches key presses against the menu's accelerators (Electron syntax), so
 * the keys the menu shows are exactly the keys that work, in the browser too.
 */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface Parsed {
  readonly key: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

function parse(accelerator: string, isMac: boolean): Parsed {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  return {
    key,
    ctrl: mods.has('Ctrl') || (mods.has('CmdOrCtrl') && !isMac),
    meta: mods.has('Cmd') || (mods.has('CmdOrCtrl') && isMac),
    alt: mods.has('Alt'),
    shift: mods.has('Shift'),
  };
}

function keyMatches(want: Parsed, e: KeyPress): boolean {
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
  const want = parse(accelerator, isMac);
  if (e.ctrlKey !== want.ctrl || e.metaKey !== want.meta || e.altKey !== want.alt) return false;
  return keyMatches(want, e);
}

/** How a shortcut is written for people: "Ctrl+Shift+S", "⌘⇧S", "?". */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  if (accelerator === 'Shift+/') return '?';
  const want = parse(accelerator, isMac);
  const key = want.key === 'Delete' ? (isMac ? '⌫' : 'Del') : want.key;
  if (isMac) return `${want.ctrl ? '⌃' : ''}${want.alt ? '⌥' : ''}${want.shift ? '⇧' : ''}${want.meta ? '⌘' : ''}${key}`;
  return [want.ctrl && 'Ctrl', want.alt && 'Alt', want.shift && 'Shift', key].filter(Boolean).join('+');
}
