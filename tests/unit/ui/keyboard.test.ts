/**
 * The keys the menu shows are the keys that work (every accelerator maps back to
 * its own command), and what a key means on the board, on a control and in a text field.
 */
import { describe, expect, it } from 'vitest';
import { MENU_ACCELERATORS, type MenuCommand } from '../../../electron/ipc-contract';
import { formatAccelerator, type KeyPress, matchesAccelerator } from '../../../renderer/ui/accelerators';
import { commandForKey, type KeyInput, keyIntent, type KeyScope } from '../../../renderer/ui/keyboard';

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

describe('what a key means where it is pressed', () => {
  const intent = (e: KeyInput, scope: KeyScope, hasCursor: boolean, isMac = false) => keyIntent(e, scope, hasCursor, isMac);
  const typed = { kind: 'type' } as const;

  it('with a cell selected, every character starts a note, shortcut letters and non-ASCII letters alike', () => {
    for (const [key, code, shift] of [
      ['n', 'KeyN', false],
      ['m', 'KeyM', false],
      ['f', 'KeyF', false],
      ['F', 'KeyF', true],
      ['!', 'Digit1', true],
      ['?', 'Slash', true],
      ['ą', 'KeyA', false],
      ['ж', 'Semicolon', false],
      ['Ș', 'Semicolon', true],
      ['😀', '', false],
    ] as const) {
      expect(intent(press(key, code, { shiftKey: shift }), 'board', true), key).toEqual(typed);
    }
  });

  it('without a cell selected, the single-key shortcuts work', () => {
    expect(intent(press('m', 'KeyM'), 'board', false)).toEqual({ kind: 'command', command: 'view.minimap' });
    expect(intent(press('f', 'KeyF'), 'board', false)).toEqual({ kind: 'command', command: 'view.focusNext' });
    expect(intent(press('!', 'Digit1', { shiftKey: true }), 'board', false)).toEqual({ kind: 'command', command: 'view.fit' });
    expect(intent(press('?', 'Slash', { shiftKey: true }), 'board', false)).toEqual({ kind: 'command', command: 'help.shortcuts' });
  });

  it('keeps shortcuts with a modifier, Delete and F2 working while a cell is selected', () => {
    expect(intent(press('s', 'KeyS', { ctrlKey: true }), 'board', true)).toEqual({ kind: 'command', command: 'file.save' });
    expect(intent(press('s', 'KeyS', { altKey: true }), 'board', true)).toEqual({ kind: 'command', command: 'board.addStage' });
    expect(intent(press('1', 'Digit1', { altKey: true }), 'board', true)).toEqual({ kind: 'command', command: 'board.color.yellow' });
    expect(intent(press('Delete', 'Delete'), 'board', true)).toEqual({ kind: 'command', command: 'edit.delete' });
    expect(intent(press('F2', 'F2'), 'board', true)).toEqual({ kind: 'command', command: 'edit.rename' });
  });

  it('types what AltGr produces on Windows (reported as Ctrl+Alt)', () => {
    expect(intent(press('ą', 'KeyA', { ctrlKey: true, altKey: true }), 'board', true)).toEqual(typed);
  });

  it('leaves every key of an IME composition alone, Enter included', () => {
    expect(intent({ ...press('Enter', 'Enter'), isComposing: true }, 'board', true)).toBeNull();
    expect(intent({ ...press('Process', 'KeyN'), keyCode: 229 }, 'board', true)).toBeNull();
    expect(intent({ ...press('n', 'KeyN'), isComposing: true }, 'board', false)).toBeNull();
  });

  it('moves the cell cursor with the arrows and Tab, starts or edits with Enter, opens the menu with Shift+F10 and the Menu key', () => {
    expect(intent(press('ArrowRight', 'ArrowRight'), 'board', false)).toEqual({ kind: 'move', move: 'right' });
    expect(intent(press('Tab', 'Tab'), 'board', true)).toEqual({ kind: 'move', move: 'next' });
    expect(intent(press('Tab', 'Tab', { shiftKey: true }), 'board', true)).toEqual({ kind: 'move', move: 'previous' });
    expect(intent(press('Enter', 'Enter'), 'board', true)).toEqual({ kind: 'enter' });
    expect(intent(press('F10', 'F10', { shiftKey: true }), 'board', true)).toEqual({ kind: 'contextMenu' });
    expect(intent(press('ContextMenu', 'ContextMenu'), 'board', false)).toEqual({ kind: 'contextMenu' });
  });

  it('on a button or a menu, Enter, Space, Tab, the arrows and letters belong to the control; chords and Esc still work', () => {
    for (const [key, code] of [
      ['Enter', 'Enter'],
      [' ', 'Space'],
      ['Tab', 'Tab'],
      ['ArrowDown', 'ArrowDown'],
      ['n', 'KeyN'],
      ['Delete', 'Delete'],
    ] as const) {
      expect(intent(press(key, code), 'control', true), key).toBeNull();
      expect(intent(press(key, code), 'control', false), key).toBeNull();
    }
    expect(intent(press('z', 'KeyZ', { ctrlKey: true }), 'control', false)).toEqual({ kind: 'command', command: 'edit.undo' });
    expect(intent(press('Escape', 'Escape'), 'control', false)).toEqual({ kind: 'escape' });
    expect(intent(press('F5', 'F5'), 'control', false)).toEqual({ kind: 'command', command: 'view.present' });
  });

  it('in a text field, only the file commands', () => {
    expect(intent(press('s', 'KeyS', { ctrlKey: true }), 'text', false)).toEqual({ kind: 'command', command: 'file.save' });
    expect(intent(press('z', 'KeyZ', { ctrlKey: true }), 'text', false)).toBeNull();
    expect(intent(press('n', 'KeyN'), 'text', false)).toBeNull();
    expect(intent(press('Enter', 'Enter'), 'text', true)).toBeNull();
  });
});
