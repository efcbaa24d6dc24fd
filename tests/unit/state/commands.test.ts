import { describe, expect, it } from 'vitest';
import { notesInCell, sortedPersonas, sortedStages, lanesOf } from '../../../renderer/model/queries';
import { NOTE_COLORS } from '../../../renderer/model/schema';
import { setEmotionScore } from '../../../renderer/state/commands/emotionCommands';
import { addLane, deleteLane, moveLane } from '../../../renderer/state/commands/laneCommands';
import {
  addNote,
  arrangeCell,
  deleteNotes,
  duplicateNotes,
  moveNotes,
  pasteNotes,
  setNotesColor,
} from '../../../renderer/state/commands/noteCommands';
import { addPersona, movePersona, removePersona } from '../../../renderer/state/commands/personaCommands';
import { addStage, deleteStage, moveStage, resizeStage } from '../../../renderer/state/commands/stageCommands';
import { addTouchpoint, moveTouchpoint, updateTouchpoint } from '../../../renderer/state/commands/touchpointCommands';
import { newStore } from './storeHelpers';

const texts = (notes: readonly { text: string }[]) => notes.map((n) => n.text);

describe('note commands', () => {
  it('adds notes in the lane kind’s paper colour, in order, at the end of the cell', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('pains').id, stageId: stages[1]!.id };
    store.run(addNote, { ...cell, text: 'Slow delivery' });
    store.run(addNote, { ...cell, text: 'No cash option' });
    const notes = notesInCell(store.getMap(), cell.laneId, cell.stageId);
    expect(texts(notes)).toEqual(['Slow delivery', 'No cash option']);
    expect(notes.every((n) => n.color === 'red')).toBe(true);
  });

  it('moves notes to another stage and persona in one undoable step', () => {
    const { store, stages, laneOf } = newStore();
    const from = { laneId: laneOf('actions').id, stageId: stages[0]!.id };
    const a = store.run(addNote, { ...from, text: 'A' });
    const b = store.run(addNote, { ...from, text: 'B' });
    const marek = store.run(addPersona, { name: 'Marek', laneTitle: (k) => k });
    const marekActions = lanesOf(store.getMap(), marek).find((l) => l.kind === 'actions')!;
    const to = { laneId: marekActions.id, stageId: stages[3]!.id };
    store.run(addNote, { ...to, text: 'C' });
    store.run(moveNotes, { noteIds: [b, a], ...to, index: 0 });
    expect(texts(notesInCell(store.getMap(), to.laneId, to.stageId))).toEqual(['A', 'B', 'C']);
    expect(notesInCell(store.getMap(), from.laneId, from.stageId)).toEqual([]);
    store.undo();
    expect(texts(notesInCell(store.getMap(), from.laneId, from.stageId))).toEqual(['A', 'B']);
  });

  it('a drop back onto the same slot is not an undo step', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('actions').id, stageId: stages[0]!.id };
    const a = store.run(addNote, { ...cell, text: 'A' });
    store.run(addNote, { ...cell, text: 'B' });
    const name = store.history.undoName;
    store.run(moveNotes, { noteIds: [a], ...cell, index: 0 });
    expect(store.history.undoName).toBe(name);
    store.run(moveNotes, { noteIds: [a], ...cell, index: 1 });
    expect(texts(notesInCell(store.getMap(), cell.laneId, cell.stageId))).toEqual(['B', 'A']);
  });

  it('deletes, duplicates right after the original, recolours and pastes', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('thoughts').id, stageId: stages[2]!.id };
    const a = store.run(addNote, { ...cell, text: 'A' });
    const b = store.run(addNote, { ...cell, text: 'B' });
    const [copy] = store.run(duplicateNotes, { noteIds: [a] });
    expect(texts(notesInCell(store.getMap(), cell.laneId, cell.stageId))).toEqual(['A', 'A', 'B']);
    store.run(setNotesColor, { noteIds: [copy!, b], color: 'green' });
    expect(store.getMap().notes[b]?.color).toBe('green');
    store.run(deleteNotes, { noteIds: [a, b] });
    expect(Object.keys(store.getMap().notes)).toEqual([copy]);
    const pasted = store.run(pasteNotes, { ...cell, notes: [{ text: 'X', color: 'pink' }, { text: 'Y', color: 'blue' }] });
    expect(pasted).toHaveLength(2);
    expect(texts(notesInCell(store.getMap(), cell.laneId, cell.stageId))).toEqual(['A', 'X', 'Y']);
  });

  it('arranges a cell by colour in palette order and alphabetically', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('actions').id, stageId: stages[0]!.id };
    store.run(addNote, { ...cell, text: 'zebra', color: 'green' });
    store.run(addNote, { ...cell, text: 'apple', color: 'yellow' });
    store.run(addNote, { ...cell, text: 'mango', color: 'pink' });
    store.run(arrangeCell, { ...cell, by: 'color', palette: NOTE_COLORS });
    expect(texts(notesInCell(store.getMap(), cell.laneId, cell.stageId))).toEqual(['apple', 'mango', 'zebra']);
    store.run(arrangeCell, { ...cell, by: 'text', palette: NOTE_COLORS });
    expect(texts(notesInCell(store.getMap(), cell.laneId, cell.stageId))).toEqual(['apple', 'mango', 'zebra']);
  });
});

describe('stage commands', () => {
  it('adds, reorders, resizes within limits and deletes with what sits in the stage; undo restores it all', () => {
    const { store, stages, laneOf, persona } = newStore();
    const cell = { laneId: laneOf('actions').id, stageId: stages[1]!.id };
    store.run(addNote, { ...cell, text: 'In consideration' });
    store.run(setEmotionScore, { personaId: persona.id, stageId: stages[1]!.id, curve: 'current', score: -2 });
    store.run(moveStage, { stageId: stages[4]!.id, toIndex: 0 });
    expect(sortedStages(store.getMap()).map((s) => s.name)).toEqual(['Post-purchase', 'Awareness', 'Consideration', 'Decision', 'Purchase']);
    store.run(resizeStage, { stageId: stages[0]!.id, width: 10 });
    expect(store.getMap().stages[stages[0]!.id]?.width).toBe(160);
    const id = store.run(addStage, { name: 'Loyalty', index: 5 });
    expect(sortedStages(store.getMap()).at(-1)?.id).toBe(id);
    store.run(deleteStage, { stageId: stages[1]!.id });
    const map = store.getMap();
    expect(map.stages[stages[1]!.id]).toBeUndefined();
    expect(Object.values(map.notes)).toEqual([]);
    expect(Object.values(map.emotionPoints)).toEqual([]);
    store.undo();
    expect(Object.values(store.getMap().notes).map((n) => n.text)).toEqual(['In consideration']);
    expect(Object.values(store.getMap().emotionPoints).map((p) => p.score)).toEqual([-2]);
  });
});

describe('persona and lane commands', () => {
  it('adds a persona with the lane band of the map type, and removes it with its lanes, notes and curve', () => {
    const { store, stages } = newStore('serviceBlueprint');
    const id = store.run(addPersona, { name: 'Marek', laneTitle: (k) => k });
    const lanes = lanesOf(store.getMap(), id);
    expect(lanes.map((l) => l.kind)).toEqual(['emotions', 'evidence', 'actions', 'frontstage']);
    store.run(addNote, { laneId: lanes[1]!.id, stageId: stages[0]!.id, text: 'Receipt' });
    store.run(setEmotionScore, { personaId: id, stageId: stages[0]!.id, curve: 'current', score: 1 });
    store.run(removePersona, { personaId: id });
    const map = store.getMap();
    expect(map.personas[id]).toBeUndefined();
    expect(lanesOf(map, id)).toEqual([]);
    expect(Object.values(map.notes)).toEqual([]);
    expect(Object.values(map.emotionPoints)).toEqual([]);
  });

  it('adds a lane at an index, moves it into the shared band and deletes it with its notes', () => {
    const { store, stages, persona } = newStore();
    const laneId = store.run(addLane, { personaId: persona.id, kind: 'kpis', title: 'KPIs', index: 0 });
    expect(lanesOf(store.getMap(), persona.id)[0]?.id).toBe(laneId);
    store.run(moveLane, { laneId, personaId: null, toIndex: 0 });
    expect(lanesOf(store.getMap(), null).map((l) => l.id)).toEqual([laneId]);
    store.run(addNote, { laneId, stageId: stages[0]!.id, text: 'NPS 40' });
    store.run(deleteLane, { laneId });
    expect(Object.values(store.getMap().notes)).toEqual([]);
  });
});

describe('emotion and touchpoint commands', () => {
  it('sets, clamps and clears a score; a cleared score is a gap, not a zero', () => {
    const { store, stages, persona } = newStore();
    const slot = { personaId: persona.id, stageId: stages[2]!.id, curve: 'current' as const };
    store.run(setEmotionScore, { ...slot, score: 9 });
    expect(Object.values(store.getMap().emotionPoints)[0]?.score).toBe(3);
    store.run(setEmotionScore, { ...slot, score: -1 });
    expect(Object.values(store.getMap().emotionPoints)).toHaveLength(1);
    store.run(setEmotionScore, { ...slot, score: null });
    expect(Object.values(store.getMap().emotionPoints)).toEqual([]);
  });

  it('keeps the to-be curve apart from the current one', () => {
    const { store, stages, persona } = newStore();
    store.run(setEmotionScore, { personaId: persona.id, stageId: stages[0]!.id, curve: 'current', score: -2 });
    store.run(setEmotionScore, { personaId: persona.id, stageId: stages[0]!.id, curve: 'target', score: 2 });
    const scores = Object.values(store.getMap().emotionPoints).map((p) => [p.curve, p.score]);
    expect(scores).toEqual(expect.arrayContaining([['current', -2], ['target', 2]]));
  });

  it('adds a touchpoint and edits its KPI and flags', () => {
    const { store, stages, laneOf } = newStore();
    const id = store.run(addTouchpoint, { laneId: laneOf('touchpoints').id, stageId: stages[0]!.id, channel: 'website', label: 'Landing page' });
    store.run(updateTouchpoint, { touchpointId: id, changes: { goal: 'Traffic', kpi: 'Visits', target: 1000, actual: 640, dropOff: true } });
    expect(store.getMap().touchpoints[id]).toMatchObject({ channel: 'website', kpi: 'Visits', target: 1000, actual: 640, dropOff: true, momentOfTruth: false });
  });
});

describe('persona order', () => {
  it('moves a persona’s whole band up or down', () => {
    const { store, persona } = newStore();
    const marek = store.run(addPersona, { name: 'Marek', laneTitle: (k) => k });
    store.run(movePersona, { personaId: marek, toIndex: 0 });
    expect(sortedPersonas(store.getMap()).map((p) => p.id)).toEqual([marek, persona.id]);
    store.undo();
    expect(sortedPersonas(store.getMap()).map((p) => p.id)).toEqual([persona.id, marek]);
  });
});

describe('drops that change nothing', () => {
  it('moving two notes back onto their own slots is not an undo step', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('actions').id, stageId: stages[0]!.id };
    const a = store.run(addNote, { ...cell, text: 'A' });
    const b = store.run(addNote, { ...cell, text: 'B' });
    store.run(addNote, { ...cell, text: 'C' });
    store.markSaved();
    store.run(moveNotes, { noteIds: [a, b], ...cell, index: 0 });
    expect(store.isDirty).toBe(false);
    expect(store.history.undoName).toBe('addNote');
  });

  it('a touchpoint dropped where it was is not an undo step', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('touchpoints').id, stageId: stages[0]!.id };
    const id = store.run(addTouchpoint, { ...cell, channel: 'sms', label: 'Reminder' });
    store.run(addTouchpoint, { ...cell, channel: 'email', label: 'Receipt' });
    store.markSaved();
    store.run(moveTouchpoint, { touchpointId: id, ...cell, index: 0 });
    expect(store.isDirty).toBe(false);
  });
});
