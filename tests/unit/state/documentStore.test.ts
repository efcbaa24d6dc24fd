import { describe, expect, it } from 'vitest';
import { addNote, editNoteText, moveNotes } from '../../../renderer/state/commands/noteCommands';
import { addPersona } from '../../../renderer/state/commands/personaCommands';
import { renameMap } from '../../../renderer/state/commands/mapCommands';
import { defineCommand } from '../../../renderer/state/command';
import { DocumentStore } from '../../../renderer/state/documentStore';
import { newStore } from './storeHelpers';

describe('DocumentStore', () => {
  it('undoes and redoes a command, one step per command', () => {
    const { store, stages, laneOf } = newStore();
    const id = store.run(addNote, { laneId: laneOf('actions').id, stageId: stages[0]!.id, text: 'Sees an ad' });
    store.run(editNoteText, { noteId: id, text: 'Sees an ad on Instagram' });
    expect(store.getMap().notes[id]?.text).toBe('Sees an ad on Instagram');
    store.undo();
    expect(store.getMap().notes[id]?.text).toBe('Sees an ad');
    store.undo();
    expect(store.getMap().notes[id]).toBeUndefined();
    store.redo();
    store.redo();
    expect(store.getMap().notes[id]?.text).toBe('Sees an ad on Instagram');
    expect(store.history.canRedo).toBe(false);
  });

  it('names the step that undo would take back', () => {
    const { store } = newStore();
    store.run(renameMap, { title: 'Bike shop' });
    expect(store.history.undoName).toBe('renameMap');
    store.undo();
    expect(store.history.redoName).toBe('renameMap');
  });

  it('leaves no undo step for a command that changes nothing', () => {
    const { store } = newStore();
    store.run(renameMap, { title: 'Test map' });
    expect(store.history.canUndo).toBe(false);
    expect(store.isDirty).toBe(false);
  });

  it('is dirty after a change, clean after save, and dirty again after undoing past the save', () => {
    const { store } = newStore();
    store.run(renameMap, { title: 'One' });
    expect(store.isDirty).toBe(true);
    store.markSaved();
    expect(store.isDirty).toBe(false);
    store.undo();
    expect(store.isDirty).toBe(true);
    store.redo();
    expect(store.isDirty).toBe(false);
  });

  it('stamps updatedAt from the injected clock, and undo restores the old stamp', () => {
    const { store, clock } = newStore();
    const before = store.getMap().updatedAt;
    clock.advance(60_000);
    store.run(renameMap, { title: 'Later' });
    expect(store.getMap().updatedAt).toBe(new Date(clock.now()).toISOString());
    store.undo();
    expect(store.getMap().updatedAt).toBe(before);
  });

  it('forgets history when another document replaces this one', () => {
    const { store } = newStore();
    store.run(renameMap, { title: 'One' });
    const other = newStore().store.getDocument();
    store.replace(other);
    expect(store.history.canUndo).toBe(false);
    expect(store.isDirty).toBe(false);
    expect(store.getMap().title).toBe('Test map');
  });

  it('keeps at most the history limit, dropping the oldest steps', () => {
    const { store } = newStore();
    const limited = new DocumentStore(store.getDocument(), {
      clock: { now: () => 0 },
      newId: () => 'x',
      historyLimit: 3,
    });
    for (const title of ['a', 'b', 'c', 'd', 'e']) limited.run(renameMap, { title });
    let steps = 0;
    while (limited.undo()) steps++;
    expect(steps).toBe(3);
    expect(limited.getMap().title).toBe('b');
  });

  it('notifies subscribers on every change, undo and redo', () => {
    const { store } = newStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.run(renameMap, { title: 'One' });
    store.undo();
    store.redo();
    off();
    store.run(renameMap, { title: 'Two' });
    expect(calls).toBe(3);
  });

  it('hands out frozen snapshots: a view cannot change the map behind the store’s back', () => {
    const { store } = newStore();
    store.run(renameMap, { title: 'One' });
    expect(Object.isFrozen(store.getMap())).toBe(true);
  });

  it('freezes everything a command, an undo or a redo made new, down to the nested records', () => {
    const { store, stages, laneOf } = newStore();
    const unfrozen = (value: unknown, path = 'map'): string[] =>
      value === null || typeof value !== 'object'
        ? []
        : [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`))];
    const id = store.run(addNote, { laneId: laneOf('actions').id, stageId: stages[0]!.id, text: 'Sees an ad' });
    expect(unfrozen(store.getMap())).toEqual([]);
    store.run(moveNotes, { noteIds: [id], laneId: laneOf('actions').id, stageId: stages[1]!.id, index: 0 });
    store.run(addPersona, { name: 'Ben', laneTitle: (kind) => kind });
    expect(unfrozen(store.getMap())).toEqual([]);
    store.undo();
    store.undo();
    expect(unfrozen(store.getMap())).toEqual([]);
    store.redo();
    store.redo();
    expect(unfrozen(store.getMap())).toEqual([]);
  });

  it('returns what the command returns', () => {
    const { store } = newStore();
    const answer = store.run(defineCommand<{ n: number }, number>('double', (_map, { n }) => n * 2), { n: 21 });
    expect(answer).toBe(42);
  });
});

describe('saving while the facilitator keeps working', () => {
  it('an edit made after the save started stays unsaved', () => {
    const { store } = newStore();
    store.run(renameMap, { title: 'Saved title' });
    const savedRevision = store.currentRevision;
    store.run(renameMap, { title: 'Typed during the save' });
    store.markSaved(savedRevision);
    expect(store.isDirty).toBe(true);
    store.undo();
    expect(store.isDirty).toBe(false);
  });
});
