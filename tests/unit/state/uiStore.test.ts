import { describe, expect, it } from 'vitest';
import { addNote, deleteNotes } from '../../../renderer/state/commands/noteCommands';
import { deleteStage } from '../../../renderer/state/commands/stageCommands';
import { setEmotionScore } from '../../../renderer/state/commands/emotionCommands';
import { UiStore } from '../../../renderer/state/uiStore';
import { newStore } from './storeHelpers';

describe('UiStore', () => {
  it('forgets selected and edited records once they are gone, so Delete and Enter act on what is on screen', () => {
    const { store, stages, laneOf } = newStore();
    const ui = new UiStore();
    store.subscribe(() => ui.prune(store.getMap()));
    const cell = { laneId: laneOf('actions').id, stageId: stages[1]!.id };
    const a = store.run(addNote, { ...cell, text: 'A' });
    const b = store.run(addNote, { ...cell, text: 'B' });
    ui.selectNotes([a, b], cell);
    ui.set({ editing: { kind: 'note', noteId: a } });
    store.run(deleteNotes, { noteIds: [a] });
    expect([...ui.get().selectedNoteIds]).toEqual([b]);
    expect(ui.get().editing).toBeNull();
    ui.set({ selectedStageId: stages[1]!.id });
    store.run(deleteStage, { stageId: stages[1]!.id });
    expect(ui.get().selectedStageId).toBeNull();
    expect(ui.get().selectedCell).toBeNull();
    expect(ui.get().selectedNoteIds.size).toBe(0);
  });

  it('selecting an emotion point clears a stage selected before, so Delete cannot remove the stage', () => {
    const ui = new UiStore();
    ui.set({ selectedStageId: 's1' });
    ui.selectEmotion({ personaId: 'p1', stageId: 's2', curve: 'current' });
    expect(ui.get().selectedStageId).toBeNull();
    expect(ui.get().selectedEmotion).toEqual({ personaId: 'p1', stageId: 's2', curve: 'current' });
  });

  it('undoing the creation of an emotion point unselects it, so ↑ cannot recreate it and drop the redo step', () => {
    const { store, stages, persona } = newStore();
    const ui = new UiStore();
    store.subscribe(() => ui.prune(store.getMap()));
    const slot = { personaId: persona.id, stageId: stages[2]!.id, curve: 'target' as const };
    store.run(setEmotionScore, { ...slot, score: 2 });
    ui.selectEmotion(slot);
    store.undo();
    expect(ui.get().selectedEmotion).toBeNull();
  });

  it('a press on a note keeps a group selection for dragging; an additive press toggles; the drag carries what is selected', () => {
    const ui = new UiStore();
    const cell = { laneId: 'l1', stageId: 's1' };
    expect(ui.pressNote('a', cell, false)).toEqual(['a']);
    expect(ui.pressNote('b', cell, true).sort()).toEqual(['a', 'b']);
    expect(ui.pressNote('a', cell, false).sort()).toEqual(['a', 'b']);
    expect(ui.pressNote('a', cell, true)).toEqual(['a']);
    expect([...ui.get().selectedNoteIds]).toEqual(['b']);
    ui.selectStage('s1');
    expect(ui.get().selectedNoteIds.size).toBe(0);
    ui.selectTouchpoint('t1', cell);
    expect(ui.get().selectedStageId).toBeNull();
    expect([...ui.get().selectedTouchpointIds]).toEqual(['t1']);
  });
});
