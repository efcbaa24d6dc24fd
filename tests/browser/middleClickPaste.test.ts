/**
 * Linux pastes the primary selection on a middle click. Middle-drag pans the
 * board, so that paste must never reach the board (where it became a new
 * note) nor an editor (where it inserted stray text). Chromium sends the
 * sequence below for a middle click: pointerdown/mousedown, pointerup/mouseup,
 * auxclick, then a `paste` event on the focused element.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installClipboard } from '../../renderer/ui/clipboard';
import { DocumentStore } from '../../renderer/state/documentStore';
import { UiStore } from '../../renderer/state/uiStore';
import { minimalMap } from '../fixtures/fixtureMaps';

function newStore() {
  let n = 0;
  const store = new DocumentStore(minimalMap(), { clock: { now: () => 0 }, newId: () => `m${++n}` });
  const map = store.getMap();
  const lane = Object.values(map.lanes).find((l) => l.kind === 'pains')!;
  return { store, cell: { laneId: lane.id, stageId: Object.keys(map.stages)[0]! } };
}

let off: () => void = () => {};
let board: HTMLDivElement;
let editor: HTMLTextAreaElement;

beforeEach(() => {
  board = document.createElement('div');
  board.tabIndex = -1;
  editor = document.createElement('textarea');
  document.body.append(board, editor);
});
afterEach(() => {
  off();
  board.remove();
  editor.remove();
});

function middleClick(target: Element): void {
  const init = { bubbles: true, cancelable: true, button: 1, buttons: 4 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerId: 1 }));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0, pointerId: 1 }));
  target.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0 }));
  target.dispatchEvent(new MouseEvent('auxclick', { ...init, buttons: 0 }));
}

function paste(target: Element, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data });
  target.dispatchEvent(event);
  return event;
}

describe('middle-click paste', () => {
  it('a middle click on the board pastes no note into the selected cell; Ctrl+V still does', () => {
    const { store, cell } = newStore();
    const ui = new UiStore();
    ui.selectCell(cell);
    off = installClipboard(store, ui, () => 'yellow');
    const notes = () => Object.keys(store.getMap().notes).length;
    const before = notes();

    board.focus();
    middleClick(board);
    paste(board, 'primary selection text');
    expect(notes(), 'the middle click added a note').toBe(before);

    // A later keyboard paste, after the pointer moved on, is the user's and works.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'v', ctrlKey: true, bubbles: true }));
    paste(board, 'pasted on purpose');
    expect(notes()).toBe(before + 1);
  });

  it('a middle click in an editor inserts nothing', () => {
    const { store } = newStore();
    off = installClipboard(store, new UiStore(), () => 'yellow');
    editor.focus();
    middleClick(editor);
    expect(paste(editor, 'primary selection text').defaultPrevented, 'the native paste into the editor was not cancelled').toBe(true);
  });
});
