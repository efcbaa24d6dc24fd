/** Present mode's keys, as a clicker sends them. */
import { describe, expect, it } from 'vitest';
import { presentIntent } from '../../../renderer/ui/present/presentKeys';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  presentIntent({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('present keys', () => {
  it('moves on with →, PageDown and Space, back with ← and PageUp; Home and End go to the ends', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(press(key), key).toEqual({ kind: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(press(key), key).toEqual({ kind: 'previous' });
    expect(press('Home')).toEqual({ kind: 'first' });
    expect(press('End')).toEqual({ kind: 'last' });
    expect(press('ArrowDown')).toEqual({ kind: 'scrollDown' });
    expect(press('ArrowUp')).toEqual({ kind: 'scrollUp' });
  });

  it('jumps to stage N with a digit, blanks with B, W or a full stop, and takes L for the laser', () => {
    expect(press('4')).toEqual({ kind: 'stage', n: 4 });
    expect(press('B')).toEqual({ kind: 'blank', blank: 'black' });
    expect(press('.')).toEqual({ kind: 'blank', blank: 'black' });
    expect(press('w')).toEqual({ kind: 'blank', blank: 'white' });
    expect(press('L')).toEqual({ kind: 'laserOn' });
    expect(press('Escape')).toEqual({ kind: 'exit' });
  });

  it('swallows the plain keys that edit, and leaves chords (Ctrl+S) to the app', () => {
    for (const key of ['n', 'Delete', 'Enter', 'F2', '0']) expect(press(key), key).toEqual({ kind: 'ignore' });
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', { altKey: true })).toBeNull();
  });
});
