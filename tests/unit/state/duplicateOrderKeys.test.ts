/**
 * Two records with one order key (concurrent edits, a hand-edited file) must
 * not make a move throw: the move re-keys the colliding siblings and lands
 * where it was dropped, as one undoable step.
 */
import { describe, expect, it } from 'vitest';
import { notesInCell, sortedStages, touchpointsInCell } from '../../../renderer/model/queries';
import { placeAt, sortByOrder } from '../../../renderer/model/order';
import type { JourneyMap } from '../../../renderer/model/types';
import { addNote, moveNotes } from '../../../renderer/state/commands/noteCommands';
import { moveStage } from '../../../renderer/state/commands/stageCommands';
import { addTouchpoint, moveTouchpoint } from '../../../renderer/state/commands/touchpointCommands';
import { DocumentStore } from '../../../renderer/state/documentStore';
import { newStore } from './storeHelpers';

/** The same store's document with every given record's key replaced by `key`. */
function withKey(store: DocumentStore, table: 'notes' | 'touchpoints' | 'stages', ids: readonly string[], key: string): DocumentStore {
  const doc = store.getDocument();
  const records = { ...doc.map[table] } as Record<string, { order: string }>;
  for (const id of ids) records[id] = { ...records[id]!, order: key };
  const map = { ...doc.map, [table]: records } as JourneyMap;
  let n = 0;
  return new DocumentStore({ ...doc, map }, { clock: { now: () => 0 }, newId: () => `dup${++n}` });
}

describe('placeAt', () => {
  it('gives keys between distinct neighbours and re-keys nothing', () => {
    const siblings = [{ id: 'a', order: 'a0' }, { id: 'b', order: 'a1' }];
    const placed = placeAt(siblings, 1, 1);
    expect(placed.rekeyed.size).toBe(0);
    expect(placed.keys[0]! > 'a0' && placed.keys[0]! < 'a1').toBe(true);
  });

  it('re-keys siblings whose keys collide at the drop point, keeping their order', () => {
    const siblings = sortByOrder([{ id: 'a', order: 'a0' }, { id: 'b', order: 'a1' }, { id: 'c', order: 'a1' }, { id: 'd', order: 'a2' }]);
    const placed = placeAt(siblings, 2, 2);
    const order = (id: string) => placed.rekeyed.get(id) ?? siblings.find((s) => s.id === id)!.order;
    const all = [...siblings.map((s) => ({ id: s.id, order: order(s.id) })), { id: 'x', order: placed.keys[0]! }, { id: 'y', order: placed.keys[1]! }];
    expect(sortByOrder(all).map((s) => s.id)).toEqual(['a', 'b', 'x', 'y', 'c', 'd']);
  });

  it('never throws on a malformed key', () => {
    expect(() => placeAt([{ id: 'a', order: 'zz~' }, { id: 'b', order: 'a0' }], 1, 1)).not.toThrow();
  });
});

describe('moves with duplicate order keys', () => {
  it('moving a note between two notes that share a key lands between them', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('pains').id, stageId: stages[0]!.id };
    const ids = ['one', 'two', 'three'].map((text) => store.run(addNote, { ...cell, text }));
    const moving = store.run(addNote, { laneId: cell.laneId, stageId: stages[1]!.id, text: 'moving' });
    const dup = withKey(store, 'notes', [ids[1]!, ids[2]!], store.getMap().notes[ids[1]!]!.order);
    const before = notesInCell(dup.getMap(), cell.laneId, cell.stageId).map((n) => n.id);
    expect(() => dup.run(moveNotes, { ...cell, noteIds: [moving], index: 2 })).not.toThrow();
    const after = notesInCell(dup.getMap(), cell.laneId, cell.stageId).map((n) => n.id);
    expect(after).toEqual([...before.slice(0, 2), moving, ...before.slice(2)]);
    dup.undo();
    expect(notesInCell(dup.getMap(), cell.laneId, cell.stageId).map((n) => n.id)).toEqual(before);
  });

  it('moving a touchpoint between two that share a key lands between them', () => {
    const { store, stages, laneOf } = newStore();
    const cell = { laneId: laneOf('touchpoints').id, stageId: stages[0]!.id };
    const ids = ['a', 'b', 'c'].map(() => store.run(addTouchpoint, { ...cell, channel: 'website', label: '' }));
    const dup = withKey(store, 'touchpoints', [ids[0]!, ids[1]!], store.getMap().touchpoints[ids[0]!]!.order);
    const before = touchpointsInCell(dup.getMap(), cell.laneId, cell.stageId).map((t) => t.id);
    const moving = before[2]!;
    expect(() => dup.run(moveTouchpoint, { ...cell, touchpointId: moving, index: 1 })).not.toThrow();
    expect(touchpointsInCell(dup.getMap(), cell.laneId, cell.stageId).map((t) => t.id)).toEqual([before[0], moving, before[1]]);
  });

  it('moving a stage between two stages that share a key lands between them', () => {
    const { store, stages } = newStore();
    const dup = withKey(store, 'stages', [stages[1]!.id, stages[2]!.id], stages[1]!.order);
    const before = sortedStages(dup.getMap()).map((s) => s.id);
    const moving = before[4]!;
    expect(() => dup.run(moveStage, { stageId: moving, toIndex: 2 })).not.toThrow();
    expect(sortedStages(dup.getMap()).map((s) => s.id)).toEqual([before[0], before[1], moving, before[2], before[3]]);
  });
});
