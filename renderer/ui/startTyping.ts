/**
 * What typing on the board starts in the cell cursor's cell, so that no
 * character is lost whatever lane it is in: a note; in a touchpoints lane, a
 * touchpoint labelled with it; in an emotions lane, the label of that stage's
 * point (placed on neutral if the stage has none yet) of the lane's persona, or
 * in a shared emotions lane of the persona in focus, else the first one.
 */
import { takesNewNotes } from '../model/conventions';
import { emotionPersonaOf, emotionPointFor } from '../model/queries';
import { touchpointSchema } from '../model/schema';
import { setEmotionScore } from '../state/commands/emotionCommands';
import type { Cell } from '../state/commands/noteCommands';
import { addTouchpoint } from '../state/commands/touchpointCommands';
import { newNoteTarget } from '../state/uiStore';
import type { ActionContext } from './actions';

/** The cell to type into: the cursor's, else the selected note's, else the first cell that takes notes (the cursor goes there). */
function typingCell(ctx: ActionContext): Cell | null {
  const state = ctx.ui.get();
  if (state.selectedCell) return state.selectedCell;
  const map = ctx.store.getMap();
  const note = map.notes[[...state.selectedNoteIds].at(-1) ?? ''];
  if (note) return { laneId: note.laneId, stageId: note.stageId };
  const layout = ctx.board()?.getLayout();
  const row = layout?.rows.find(takesNewNotes);
  const column = layout?.columns[0];
  if (!row || !column) return null;
  const cell = { laneId: row.laneId, stageId: column.stageId };
  ctx.ui.selectNotes([], cell);
  return cell;
}

export function startTyping(ctx: ActionContext, text: string): void {
  const cell = typingCell(ctx);
  const lane = cell ? ctx.store.getMap().lanes[cell.laneId] : undefined;
  if (!cell || !lane) return;
  if (takesNewNotes(lane)) ctx.ui.set({ editing: newNoteTarget(cell, text) });
  else if (lane.kind === 'touchpoints' && !lane.collapsed) addTouchpointIn(ctx, cell, text);
  else if (lane.kind === 'emotions' && !lane.collapsed && text) {
    const personaId = emotionPersonaOf(ctx.store.getMap(), lane, ctx.ui.get().focus?.personaId ?? null);
    if (!personaId) return;
    const slot = { personaId, stageId: cell.stageId, curve: ctx.ui.get().emotionCurve };
    if (!emotionPointFor(ctx.store.getMap(), slot)) ctx.store.run(setEmotionScore, { ...slot, score: 0 });
    ctx.ui.set({ editing: { kind: 'emotionLabel', slot, typed: text } });
  }
}

/** Adds a touchpoint in a touchpoints lane's cell and opens its panel; `label` is what was typed to start it. */
export function addTouchpointIn(ctx: ActionContext, cell: Cell, label: string): void {
  if (ctx.store.getMap().lanes[cell.laneId]?.kind !== 'touchpoints') return;
  // A paste can be longer than a label may be: keep what fits, whole characters only.
  const max = touchpointSchema.shape.label.maxLength ?? Infinity;
  let fits = '';
  for (const char of label) {
    if (fits.length + char.length > max) break;
    fits += char;
  }
  const id = ctx.store.run(addTouchpoint, { ...cell, channel: 'website', label: fits });
  // Undefined when the participant lock refused it.
  if (!id) return;
  ctx.ui.set({ selectedTouchpointIds: new Set([id]), selectedNoteIds: new Set(), panel: { kind: 'touchpoint', touchpointId: id } });
}
