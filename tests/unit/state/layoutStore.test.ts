/**
 * The derived layout store: after every command, undo and redo it holds
 * exactly what a full layout of the new map would be, yet a note command
 * rebuilds only the cells its patches touched and shares the rest.
 */
import { describe, expect, it } from 'vitest';
import { type BoardLayout, computeLayout, type Focus, RAW_TEXT } from '../../../renderer/model/layout';
import { estimateTextWidth, fitText } from '../../../renderer/model/textFit';
import type { JourneyMap } from '../../../renderer/model/types';
import { setEmotionScore } from '../../../renderer/state/commands/emotionCommands';
import { addNote, deleteNotes, editNoteText, moveNotes } from '../../../renderer/state/commands/noteCommands';
import { renameStage } from '../../../renderer/state/commands/stageCommands';
import { addTouchpoint, moveTouchpoint, updateTouchpoint } from '../../../renderer/state/commands/touchpointCommands';
import { type DocumentChange, DocumentStore } from '../../../renderer/state/documentStore';
import { LayoutStore } from '../../../renderer/state/layoutStore';
import { UiStore } from '../../../renderer/state/uiStore';
import { generateMap } from '../../fixtures/generateMap';
import { counterIds, manualClock } from './storeHelpers';

const fitNote = (text: string) => fitText(text, 168, 104, estimateTextWidth);
const LONG = 'A long note that wraps over many lines and makes its row taller than any other note in the row. '.repeat(3);

function setup() {
  const document = generateMap({ personas: 2, stages: 4, totalNotes: 80, seed: 11, emotionPoints: true, touchpointsPerStage: 1 });
  const store = new DocumentStore(document, { clock: manualClock(), newId: counterIds('x') });
  const ui = new UiStore();
  const layouts = new LayoutStore(store, ui, { fitNote, measure: estimateTextWidth, text: RAW_TEXT });
  const full = (): BoardLayout => computeLayout(store.getMap(), { fitNote, measure: estimateTextWidth, text: RAW_TEXT, focus: ui.get().focus as Focus | null });
  return { store, ui, layouts, full };
}

const cellsWithNotes = (map: JourneyMap) => {
  const counts = new Map<string, string[]>();
  for (const note of Object.values(map.notes)) counts.set(`${note.laneId}|${note.stageId}`, [...(counts.get(`${note.laneId}|${note.stageId}`) ?? []), note.id]);
  return [...counts];
};

describe('LayoutStore', () => {
  it('after each note, touchpoint and emotion command, undo and redo, equals a full layout of the new map', () => {
    const { store, layouts, full } = setup();
    const map = store.getMap();
    const [[fromKey, fromIds], [toKey]] = cellsWithNotes(map) as [[string, string[]], [string, string[]]];
    const [toLane, toStage] = toKey.split('|') as [string, string];
    const [fromLane, fromStage] = fromKey.split('|') as [string, string];
    const persona = Object.values(map.personas)[0]!;
    const stage = Object.values(map.stages)[1]!;
    const touchpointLane = Object.values(map.lanes).find((l) => l.kind === 'touchpoints')!;

    const steps: (() => unknown)[] = [
      () => store.run(editNoteText, { noteId: fromIds[0]!, text: LONG }),
      () => store.run(addNote, { laneId: toLane, stageId: toStage, text: LONG, index: 0 }),
      () => store.run(moveNotes, { noteIds: fromIds.slice(0, 2), laneId: toLane, stageId: toStage, index: 1 }),
      () => store.run(deleteNotes, { noteIds: [fromIds.at(-1)!] }),
      () => store.run(setEmotionScore, { personaId: persona.id, stageId: stage.id, curve: 'target', score: -2 }),
      () => store.run(addTouchpoint, { laneId: touchpointLane.id, stageId: stage.id, channel: 'website', label: '' }),
      () => store.run(moveTouchpoint, { touchpointId: Object.keys(store.getMap().touchpoints)[0]!, laneId: touchpointLane.id, stageId: stage.id, index: 0 }),
      () => store.run(updateTouchpoint, { touchpointId: Object.keys(store.getMap().touchpoints)[0]!, changes: { label: 'Checkout page with a very long label' } }),
      () => store.run(moveNotes, { noteIds: [fromIds[2]!], laneId: fromLane, stageId: fromStage, index: 0 }),
      () => store.undo(),
      () => store.undo(),
      () => store.redo(),
      () => store.run(renameStage, { stageId: stage.id, name: 'Renamed' }),
    ];
    for (const [i, step] of steps.entries()) {
      step();
      expect(layouts.get(), `after step ${i}`).toEqual(full());
    }
  });

  it('rebuilds only the touched cells: rows above keep their boxes, rows below move down', () => {
    const { store, layouts } = setup();
    const before = layouts.get();
    const middle = before.rows[Math.floor(before.rows.length / 2)]!;
    const cell = Object.values(before.cells).find((c) => c.laneId === middle.laneId && c.noteIds.length > 0)!;
    store.run(editNoteText, { noteId: cell.noteIds[0]!, text: `${LONG}${LONG}` });
    const after = layouts.get();
    expect(layouts.lastTiming.kind).toBe('incremental');

    const grown = after.rows.find((r) => r.laneId === middle.laneId)!.height - middle.height;
    expect(grown).toBeGreaterThan(0);
    for (const note of before.notes) {
      const now = after.noteIndex[note.id]!;
      if (note.y < middle.y) expect(now, 'a note above the edit is the same object').toBe(note);
      else if (note.laneId !== middle.laneId) expect(now.y).toBe(note.y + grown);
    }
  });

  it('a save or a change to nothing the board shows keeps the same layout object', () => {
    const { store, layouts } = setup();
    const before = layouts.get();
    store.markSaved();
    expect(layouts.get()).toBe(before);
  });

  it('follows the persona focus', () => {
    const { store, ui, layouts, full } = setup();
    const persona = Object.values(store.getMap().personas)[0]!;
    ui.set({ focus: { personaId: persona.id, mode: 'hide' } });
    expect(layouts.get().bands.map((b) => b.personaId)).toEqual([persona.id]);
    expect(layouts.get()).toEqual(full());
  });

  it('gives an export the whole wall while a persona is in focus, and the layout itself when none is', () => {
    const { store, ui, layouts } = setup();
    expect(layouts.unfocused()).toBe(layouts.get());
    const personas = Object.values(store.getMap().personas);
    ui.set({ focus: { personaId: personas[0]!.id, mode: 'hide' } });
    expect(layouts.unfocused().bands.map((b) => b.personaId)).toEqual(expect.arrayContaining(personas.map((p) => p.id)));
    expect(layouts.unfocused()).toEqual(computeLayout(store.getMap(), { fitNote, measure: estimateTextWidth, text: RAW_TEXT, focus: null }));
  });
});

describe('DocumentStore change notification', () => {
  it('tells subscribers the patches of a command, an undo and a redo, and null for a replaced document', () => {
    const { store } = setup();
    const seen: DocumentChange[] = [];
    store.subscribe((change) => seen.push(change));
    const note = Object.keys(store.getMap().notes)[0]!;
    store.run(editNoteText, { noteId: note, text: 'changed' });
    store.undo();
    store.redo();
    store.replace(store.getDocument());
    expect(seen.map((c) => c.kind)).toEqual(['run', 'undo', 'redo', 'replace']);
    expect(seen[0]!.patches).toContainEqual(expect.objectContaining({ path: ['notes', note, 'text'], value: 'changed' }));
    expect(seen[1]!.patches).toContainEqual(expect.objectContaining({ path: ['notes', note, 'text'] }));
    expect(seen[2]!.previous).toBe(seen[1]!.map);
    expect(seen[3]!.patches).toBeNull();
  });
});
