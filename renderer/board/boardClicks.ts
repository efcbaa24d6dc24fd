/** Clicks, double-clicks and right-clicks: what each opens or starts, by what is under the pointer. */
import { type BoardLayout, cellAt, columnAt, noteAt, rowAt, touchpointAt } from '../model/layout';
import type { UiStore } from '../state/uiStore';
import { emotionAt, stripTarget } from './boardHits';
import type { BoardIntents, ContextTarget } from './boardIntents';
import { type Camera, toWorld } from './camera';
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from './theme';

export interface ClickContext {
  readonly layout: BoardLayout;
  readonly camera: Camera;
  readonly ui: UiStore;
  readonly intents: BoardIntents;
}

export function doubleClickAt({ layout, camera, ui, intents }: ClickContext, sx: number, sy: number): void {
  const world = toWorld(camera, sx, sy);
  if (sy < STAGE_STRIP_HEIGHT) {
    const column = sx > LANE_STRIP_WIDTH ? columnAt(layout, world.x) : null;
    if (column) intents.editStage(column.stageId);
    return;
  }
  if (sx < LANE_STRIP_WIDTH) {
    const target = stripTarget(layout, camera, sx, sy);
    if (target?.kind === 'lane') intents.editLane(target.laneId);
    if (target?.kind === 'persona' && target.personaId) intents.openPersona(target.personaId);
    return;
  }
  const emotion = emotionAt(layout, camera, sx, sy, ui.get().emotionCurve);
  if (emotion && emotion.score !== null) {
    intents.editEmotionLabel(emotion);
    return;
  }
  const note = noteAt(layout, world.x, world.y);
  if (note) {
    intents.editNote(note.id);
    return;
  }
  const touchpoint = touchpointAt(layout, world.x, world.y);
  if (touchpoint) {
    intents.openTouchpoint(touchpoint.id);
    return;
  }
  const cell = cellAt(layout, world.x, world.y);
  const row = cell ? rowAt(layout, world.y) : null;
  if (!cell || !row || row.collapsed || row.kind === 'emotions') return;
  if (row.kind === 'touchpoints') intents.newTouchpoint({ laneId: cell.laneId, stageId: cell.stageId });
  else intents.newNote({ laneId: cell.laneId, stageId: cell.stageId });
}

/** Clicking a persona's label in the left strip opens its card. */
export function clickAt({ layout, camera, intents }: ClickContext, sx: number, sy: number): void {
  if (sx >= LANE_STRIP_WIDTH || sy < STAGE_STRIP_HEIGHT) return;
  const target = stripTarget(layout, camera, sx, sy);
  if (target?.kind === 'persona' && target.personaId) intents.openPersona(target.personaId);
}

/** Selects what was right-clicked (a menu acts on the selection) and asks for its menu. */
export function contextMenuAt({ layout, camera, ui, intents }: ClickContext, sx: number, sy: number): void {
  const world = toWorld(camera, sx, sy);
  let target: ContextTarget | null = null;
  if (sy < STAGE_STRIP_HEIGHT) {
    const column = sx > LANE_STRIP_WIDTH ? columnAt(layout, world.x) : null;
    if (column) {
      ui.selectStage(column.stageId);
      target = { kind: 'stage', stageId: column.stageId };
    }
  } else if (sx < LANE_STRIP_WIDTH) {
    target = stripTarget(layout, camera, sx, sy);
  } else {
    const note = noteAt(layout, world.x, world.y);
    const cell = cellAt(layout, world.x, world.y);
    if (note) {
      if (!ui.get().selectedNoteIds.has(note.id)) ui.selectNotes([note.id], { laneId: note.laneId, stageId: note.stageId });
      target = { kind: 'note', noteId: note.id };
    } else if (cell) {
      ui.selectCell({ laneId: cell.laneId, stageId: cell.stageId });
      target = { kind: 'cell', cell: { laneId: cell.laneId, stageId: cell.stageId } };
    }
  }
  if (target) intents.contextMenu(target, sx, sy);
}
