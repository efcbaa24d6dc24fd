/**
 * The keyboard, decided by where a key was pressed:
 * - on the board (the page itself or the board's type-ahead field), the board's
 *   keys: the cell cursor, Enter, Esc, the context menu, and every shortcut;
 * - on a DOM control (a button, a menu, a checkbox), only shortcuts with a
 *   modifier or on a function key, and Esc, so Enter, Space, Tab and the arrows do what the control does;
 * - in a text field, only the file commands, so typing "n" never creates a note.
 *
 * With a cell selected, a key that types a character belongs to the note it
 * starts, as in a spreadsheet: the single-key shortcuts (N, M, F, Shift+F,
 * Shift+1, ?) work only when no cell is selected. IME composition is never
 * ours: its key presses (isComposing, keyCode 229) pass through untouched.
 */
import { acceleratorFor, MENU_ACCELERATORS, type MenuCommand } from '../../electron/ipc-contract';
import { isBoardTarget, isTextInput } from '../board/textTargets';
import { type CursorMove, type CursorSpot, moveCursor } from '../model/cellCursor';
import { cellOf } from '../model/layout';
import { emotionPersonaOf, emotionPointFor } from '../model/queries';
import { setEmotionScore } from '../state/commands/emotionCommands';
import { type ActionContext, actionFor } from './actions';
import { isTypingAccelerator, type KeyPress, matchesAccelerator } from './accelerators';
import { isImeKey } from './imeKeys';

const ALLOWED_WHILE_TYPING: ReadonlySet<MenuCommand> = new Set(['file.new', 'file.open', 'file.save', 'file.saveAs']);
const MOVES: Readonly<Record<string, CursorMove>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export type KeyScope = 'board' | 'control' | 'text';

export interface KeyInput extends KeyPress {
  readonly isComposing?: boolean;
  readonly keyCode?: number;
  readonly repeat?: boolean;
}

export type KeyIntent =
  | { readonly kind: 'command'; readonly command: MenuCommand }
  | { readonly kind: 'move'; readonly move: CursorMove }
  | { readonly kind: 'enter' }
  | { readonly kind: 'escape' }
  | { readonly kind: 'contextMenu' }
  /** The key types a character: it goes to the type-ahead field, which starts a note with it. */
  | { readonly kind: 'type' };

export function keyScope(target: EventTarget | null): KeyScope {
  if (isBoardTarget(target)) return 'board';
  return isTextInput(target) ? 'text' : 'control';
}

export function commandForKey(e: KeyPress, isMac: boolean): MenuCommand | null {
  for (const [command, accelerator] of Object.entries(MENU_ACCELERATORS) as [MenuCommand, string][]) {
    if (matchesAccelerator(accelerator, e, isMac)) return command;
  }
  // Ctrl+Y is the other redo that Windows users reach for.
  if (!isMac && e.ctrlKey && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'y') return 'edit.redo';
  return null;
}

/**
 * Whether the key types a character: one code point (named keys such as
 * "Enter", "Dead" or "Process" are longer), with no Ctrl or Cmd, except
 * Ctrl+Alt, which is how Windows reports AltGr ("ą" on a Polish keyboard).
 */
export function typesCharacter(e: KeyInput): boolean {
  if ([...e.key].length !== 1 || e.key === ' ') return false;
  if (e.metaKey) return false;
  return !e.ctrlKey || e.altKey;
}

export function keyIntent(e: KeyInput, scope: KeyScope, hasCursor: boolean, isMac: boolean): KeyIntent | null {
  if (isImeKey(e)) return null;
  const command = commandForKey(e, isMac);
  const withModifier = e.ctrlKey || e.metaKey || e.altKey;
  if (scope === 'text') return command && ALLOWED_WHILE_TYPING.has(command) ? { kind: 'command', command } : null;
  if (scope === 'control') {
    // A function key (F5 to present) operates no control, so it works wherever the focus is.
    if (command && (withModifier || /^F\d+$/.test(e.key))) return { kind: 'command', command };
    return e.key === 'Escape' ? { kind: 'escape' } : null;
  }
  if (command && !(hasCursor && isTypingAccelerator(acceleratorFor(command) ?? ''))) return { kind: 'command', command };
  if (e.key === 'Escape') return { kind: 'escape' };
  if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey && !withModifier)) return { kind: 'contextMenu' };
  if (typesCharacter(e)) return hasCursor ? { kind: 'type' } : null;
  if (withModifier) return null;
  const move = MOVES[e.key];
  if (move) return { kind: 'move', move };
  if (e.key === 'Tab') return { kind: 'move', move: e.shiftKey ? 'previous' : 'next' };
  if (e.key === 'Enter') return { kind: 'enter' };
  return null;
}

/** Acts on a key press; true when the app used it (the caller then prevents the browser's default). */
export function handleKey(e: KeyboardEvent, ctx: ActionContext, isMac: boolean): boolean {
  // A modal dialog owns its keys: Esc must reach it to close it.
  if (e.target instanceof Element && e.target.closest('dialog[open]')) return false;
  const state = ctx.ui.get();
  const intent = keyIntent(e, keyScope(e.target), state.selectedCell !== null, isMac);
  if (!intent) return false;
  switch (intent.kind) {
    case 'command': {
      const action = actionFor(intent.command);
      action?.perform(ctx);
      return action !== undefined;
    }
    case 'escape':
      if (state.shortcutsOpen) ctx.ui.set({ shortcutsOpen: false });
      else if (state.panel) ctx.ui.set({ panel: null });
      // An emotion point picked from the keyboard lets go first; the cursor stays on its cell.
      else if (state.selectedEmotion && state.selectedCell) ctx.ui.set({ selectedEmotion: null });
      else ctx.ui.clearSelection();
      return true;
    case 'type':
      // Focus moves before the character is inserted, so it lands in the type-ahead field.
      ctx.focusBoard();
      return false;
    case 'contextMenu':
      ctx.openContextMenu();
      return true;
    case 'enter': {
      const selected = [...state.selectedNoteIds];
      if (selected.length === 1) ctx.ui.set({ editing: { kind: 'note', noteId: selected[0]! } });
      else if (!pickEmotion(ctx)) ctx.startNewNote();
      return true;
    }
    case 'move':
      moveOnBoard(ctx, intent.move);
      return true;
  }
}

/** The cursor's spot: its cell and, when one note of that cell is selected, that note. */
export function cursorSpot(ctx: ActionContext): CursorSpot | null {
  const { selectedCell, selectedNoteIds } = ctx.ui.get();
  if (!selectedCell) return null;
  const note = [...selectedNoteIds].at(-1);
  const map = ctx.store.getMap();
  const inCell = note !== undefined && map.notes[note]?.laneId === selectedCell.laneId && map.notes[note]?.stageId === selectedCell.stageId;
  return { ...selectedCell, noteId: inCell ? note : null };
}

/**
 * Enter on a persona's emotions cell picks that stage's point of the curve being
 * edited, so ↑ and ↓ set its score; the cell cursor stays where it is.
 */
function pickEmotion(ctx: ActionContext): boolean {
  const { selectedCell, emotionCurve } = ctx.ui.get();
  const lane = selectedCell ? ctx.store.getMap().lanes[selectedCell.laneId] : undefined;
  if (!selectedCell || lane?.kind !== 'emotions') return false;
  const personaId = emotionPersonaOf(ctx.store.getMap(), lane, ctx.ui.get().focus?.personaId ?? null);
  if (!personaId) return false;
  ctx.ui.set({ selectedEmotion: { personaId, stageId: selectedCell.stageId, curve: emotionCurve }, selectedNoteIds: new Set() });
  return true;
}

function moveOnBoard(ctx: ActionContext, move: CursorMove): void {
  const state = ctx.ui.get();
  const emotion = state.selectedEmotion;
  if (emotion && (move === 'up' || move === 'down')) {
    const point = emotionPointFor(ctx.store.getMap(), emotion);
    ctx.store.run(setEmotionScore, { ...emotion, score: (point?.score ?? 0) + (move === 'up' ? 1 : -1) });
    return;
  }
  const board = ctx.board();
  const layout = board?.getLayout();
  if (!layout) return;
  const next = moveCursor(layout, cursorSpot(ctx), move);
  if (!next) return;
  const cell = { laneId: next.laneId, stageId: next.stageId };
  ctx.ui.selectNotes(next.noteId ? [next.noteId] : [], cell);
  const box = next.noteId ? layout.noteIndex[next.noteId] : cellOf(layout, next.laneId, next.stageId);
  // A tall cell is revealed by its top, where the cursor and the next note are.
  if (box) board?.reveal({ x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 320) });
}
