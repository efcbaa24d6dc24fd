/**
 * The app never writes a file it cannot read back: long runs of ordinary
 * commands still give a map that saves and reopens.
 */
import { describe, expect, it } from 'vitest';
import { parseCjm, serializeCjm } from '../../../renderer/model/cjmFormat';
import { notesInCell, sortedStages } from '../../../renderer/model/queries';
import { addNote, duplicateNotes, moveNotes } from '../../../renderer/state/commands/noteCommands';
import { moveStage } from '../../../renderer/state/commands/stageCommands';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { newStore } from './storeHelpers';

function reopen(store: ReturnType<typeof newStore>['store']) {
  const parsed = parseCjm(serializeCjm(store.getDocument(), FIXTURE_APP));
  if (!parsed.ok) throw new Error(`the saved map does not reopen: ${JSON.stringify(parsed.error).slice(0, 500)}`);
  return parsed.value.document.map;
}

// 1,500 and 2,000 commands each, with undo patches: a few seconds on a busy machine.
describe('order keys stay within the schema', { timeout: 30_000 }, () => {
  it('Ctrl+D pressed 1,500 times on a note gives a map that reopens, copies in the order made', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('pains').id, stageId: stages[0]!.id };
    store.run(addNote, { ...cell, text: 'before' });
    const original = store.run(addNote, { ...cell, text: 'original' });
    store.run(addNote, { ...cell, text: 'after' });
    // Ctrl+D selects the copy it made, so the next press duplicates that copy.
    const copies: string[] = [];
    for (let i = 0; i < 1500; i++) copies.push(...store.run(duplicateNotes, { noteIds: [copies.at(-1) ?? original] }));

    const map = reopen(store);
    const order = notesInCell(map, cell.laneId, cell.stageId).map((n) => n.id);
    expect(order).toEqual([order[0], original, ...copies, order.at(-1)]);
    expect(map.notes[order[0]!]!.text).toBe('before');
    expect(map.notes[order.at(-1)!]!.text).toBe('after');
  });

  it('a note dropped 2,000 times into the same gap, and a stage moved as often, still reopen', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('actions').id, stageId: stages[1]!.id };
    for (const text of ['a', 'b', 'c']) store.run(addNote, { ...cell, text });
    for (let i = 0; i < 2000; i++) {
      const notes = notesInCell(store.getMap(), cell.laneId, cell.stageId);
      // Always the last note, dropped between the first and the second.
      store.run(moveNotes, { noteIds: [notes.at(-1)!.id], ...cell, index: 1 });
      store.run(moveStage, { stageId: sortedStages(store.getMap()).at(-1)!.id, toIndex: 1 });
    }
    const map = reopen(store);
    expect(notesInCell(map, cell.laneId, cell.stageId)).toHaveLength(3);
    expect(sortedStages(map)).toHaveLength(stages.length);
  });
});
