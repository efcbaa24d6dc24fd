/** The keys the menu shows are the keys that work: every accelerator maps back to its own command. */
import { describe, expect, it } from 'vitest';
import { MENU_ACCELERATORS, type MenuCommand } from '../../../electron/ipc-contract';
import { formatAccelerator, type KeyPress, matchesAccelerator } from '../../../renderer/ui/accelerators';
import { commandForKey } from '../../../renderer/ui/keyboard';

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyboardEvent =>
  ({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

/** A key press that produces `accelerator` on a US keyboard. */
function pressFor(accelerator: string, isMac: boolean): KeyboardEvent {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const mods = new Set(parts);
  const shift = mods.has('Shift');
  const code = /^[A-Z]$/.test(key) ? `Key${key}` : /^[0-9]$/.test(key) ? `Digit${key}` : key === '/' ? 'Slash' : key === '=' ? 'Equal' : key === '-' ? 'Minus' : key;
  const shifted: Record<string, string> = { '/': '?', '1': '!', '2': '@' };
  const produced = shift ? (shifted[key] ?? key.toUpperCase()) : key.length === 1 ? key.toLowerCase() : key;
  return press(produced, code, {
    ctrlKey: mods.has('Ctrl') || (mods.has('CmdOrCtrl') && !isMac),
    metaKey: mods.has('CmdOrCtrl') && isMac,
    altKey: mods.has('Alt'),
    shiftKey: shift,
  });
}

describe('menu accelerators', () => {
  for (const isMac of [false, true]) {
    it(`each accelerator triggers its own command (${isMac ? 'macOS' : 'Windows/Linux'})`, () => {
      for (const [command, accelerator] of Object.entries(MENU_ACCELERATORS) as [MenuCommand, string][]) {
        expect(commandForKey(pressFor(accelerator, isMac), isMac), accelerator).toBe(command);
      }
    });
  }

  it('no two commands share a key', () => {
    const keys = Object.values(MENU_ACCELERATORS);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not fire a plain-letter shortcut when a modifier is held', () => {
    expect(matchesAccelerator('N', press('n', 'KeyN', { ctrlKey: true }), false)).toBe(false);
    expect(matchesAccelerator('N', press('N', 'KeyN', { shiftKey: true }), false)).toBe(false);
  });

  it('matches Shift+1 by the key position, so fit works whatever the layout prints', () => {
    expect(commandForKey(press('!', 'Digit1', { shiftKey: true }), false)).toBe('view.fit');
    expect(commandForKey(press('%', 'Digit1', { shiftKey: true }), false)).toBe('view.fit');
  });

  it('treats Backspace as Delete and Ctrl+Y as redo on Windows and Linux', () => {
    expect(commandForKey(press('Backspace', 'Backspace'), false)).toBe('edit.delete');
    expect(commandForKey(press('y', 'KeyY', { ctrlKey: true }), false)).toBe('edit.redo');
  });

  it('writes shortcuts the way each platform does', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', true)).toBe('⇧⌘S');
    expect(formatAccelerator('Shift+/', false)).toBe('?');
    expect(formatAccelerator('Alt+1', false)).toBe('Alt+1');
  });
});
