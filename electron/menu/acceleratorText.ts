/**
 * Reading Electron accelerator strings ("CmdOrCtrl+Shift+S", "Alt+1", "N"):
 * which modifiers they want and how people write them. Plain data, shared by
 * the native menu (labels on macOS) and the renderer (matching, tooltips).
 */
export interface ParsedAccelerator {
  readonly key: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

export function parseAccelerator(accelerator: string, isMac: boolean): ParsedAccelerator {
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

/** Whether the accelerator holds Ctrl or Cmd: only such a chord can never be typing. */
export function isCommandChord(accelerator: string): boolean {
  const want = parseAccelerator(accelerator, true);
  return want.ctrl || want.meta;
}

/** How a shortcut is written for people: "Ctrl+Shift+S", "⌘⇧S", "?". */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  if (accelerator === 'Shift+/') return '?';
  const want = parseAccelerator(accelerator, isMac);
  const key = want.key === 'Delete' ? (isMac ? '⌫' : 'Del') : want.key;
  if (isMac) return `${want.ctrl ? '⌃' : ''}${want.alt ? '⌥' : ''}${want.shift ? '⇧' : ''}${want.meta ? '⌘' : ''}${key}`;
  return [want.ctrl && 'Ctrl', want.alt && 'Alt', want.shift && 'Shift', key].filter(Boolean).join('+');
}
