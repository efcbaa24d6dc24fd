/**
 * The keyboard: menu accelerators first, then the board's own keys (arrows,
 * Tab, Enter, Escape). While a text field has focus only the file commands
 * pass, so typing "n" in a note never creates another note.
 */
import { MENU_ACCELERATORS, type MenuCommand } from '../../electron/ipc-contract';
import { isTextInput } from '../board/textTargets';
import { type Direction, neighbourNote } from '../model/layout';
import { emotionPointFor } from '../model/queries';
import { setEmotionScore } from '../state/commands/emotionCommands';
import { type ActionContext, actionFor } from './actions';
import { matchesAccelerator } from './accelerators';

const ALLOWED_WHILE_TYPING: ReadonlySet<MenuCommand> = new Set(['file.new', 'file.open', 'file.save', 'file.saveAs']);
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function commandForKey(e: KeyboardEvent, isMac: boolean): MenuCommand | null {
  for (const [command, accelerator] of Object.entries(MENU_ACCELERATORS) as [MenuCommand, string][]) {
    if (matchesAccelerator(accelerator, e, isMac)) return command;
  }
  // Ctrl+Y is the other redo that Windows users reach for.
  if (!isMac && e.ctrlKey && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'y') return 'edit.redo';
  return null;
}

export function handleKey(e: KeyboardEvent, ctx: ActionContext, isMac: boolean): boolean {
  // A modal dialog owns its keys: Esc must reach it to close it.
  if (e.target instanceof Element && e.target.closest('dialog[open]')) return false;
  const typing = isTextInput(e.target);
  const command = commandForKey(e, isMac);
  if (command && (!typing || ALLOWED_WHILE_TYPING.has(command))) {
    const action = actionFor(command);
    if (action) {
      action.perform(ctx);
      return true;
    }
  }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return false;
  return handleBoardKey(e, ctx);
}

function handleBoardKey(e: KeyboardEvent, ctx: ActionContext): boolean {
  const state = ctx.ui.get();
  const layout = ctx.board()?.getLayout();
  if (e.key === 'Escape') {
    if (state.shortcutsOpen) ctx.ui.set({ shortcutsOpen: false });
    else if (state.panel) ctx.ui.set({ panel: null });
    else ctx.ui.clearSelection();
    return true;
  }
  if (!layout) return false;

  const emotion = state.selectedEmotion;
  if (emotion && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
    const point = emotionPointFor(ctx.store.getMap(), emotion);
    const score = (point?.score ?? 0) + (e.key === 'ArrowUp' ? 1 : -1);
    ctx.store.run(setEmotionScore, { ...emotion, score });
    return true;
  }

  const selected = [...state.selectedNoteIds];
  const current = selected.at(-1);
  if (e.key === 'Tab') {
    if (layout.notes.length === 0) return true;
    const index = current ? layout.notes.findIndex((n) => n.id === current) : -1;
    const step = e.shiftKey ? -1 : 1;
    const next = layout.notes[(index + step + layout.notes.length) % layout.notes.length]!;
    selectAndReveal(ctx, next.id);
    return true;
  }
  const direction = ARROWS[e.key];
  if (direction && current) {
    const next = neighbourNote(layout, current, direction);
    if (next) selectAndReveal(ctx, next.id);
    return true;
  }
  if (e.key === 'Enter') {
    if (current && selected.length === 1) ctx.ui.set({ editing: { kind: 'note', noteId: current } });
    else if (state.selectedCell) ctx.startNewNote();
    return true;
  }
  return false;
}

function selectAndReveal(ctx: ActionContext, noteId: string): void {
  const board = ctx.board();
  const box = board?.getLayout()?.noteIndex[noteId];
  if (!box) return;
  ctx.ui.selectNotes([noteId], { laneId: box.laneId, stageId: box.stageId });
  board?.reveal(box);
}
