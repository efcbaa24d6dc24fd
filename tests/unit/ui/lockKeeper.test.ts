/**
 * The participant lock outlives a reload: what `keepLock` writes to the
 * session storage, `restoreLock` turns back into the same lock on a new store
 * (the PIN checked by its salted digest, the notes added under the lock still
 * editable); the digits are never stored; a broken record still locks.
 */
import { describe, expect, it } from 'vitest';
import * as noteCommands from '../../../renderer/state/commands/noteCommands';
import { keepLock, lockWithPin, restoreLock, unlockDigest } from '../../../renderer/ui/workshop/lockKeeper';
import { newStore } from '../state/storeHelpers';

/** The Web Storage interface over a Map, as the window's sessionStorage behaves within one tab. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  dump() {
    return JSON.stringify([...this.items]);
  }
}

function reloaded(storage: Storage) {
  const env = newStore();
  restoreLock(env.store, storage);
  keepLock(env.store, storage);
  return env;
}

describe('the participant lock across a reload', () => {
  it('comes back with its PIN, which is stored only as a salted digest', async () => {
    const storage = new MemoryStorage();
    const first = newStore();
    keepLock(first.store, storage);
    first.store.lockFor(await lockWithPin('2468'));
    expect(storage.dump()).not.toContain('2468');

    const { store } = reloaded(storage);
    expect(store.participantLock).not.toBeNull();
    expect(store.unlock(await unlockDigest(store.participantLock, '1111'))).toBe(false);
    expect(store.unlock(null)).toBe(false);
    expect(store.unlock(await unlockDigest(store.participantLock, '2468'))).toBe(true);
    expect(storage.length).toBe(0);
    expect(reloaded(storage).store.participantLock).toBeNull();
  });

  it('two locks with the same PIN have different salts and digests', async () => {
    const [a, b] = [await lockWithPin('1234'), await lockWithPin('1234')];
    expect(a.pin!.salt).not.toBe(b.pin!.salt);
    expect(a.pin!.digest).not.toBe(b.pin!.digest);
  });

  it('keeps the notes added under the lock editable after the reload, and no others', async () => {
    const storage = new MemoryStorage();
    const first = newStore();
    keepLock(first.store, storage);
    const cell = { laneId: first.laneOf('pains').id, stageId: first.stages[0]!.id };
    const before = first.store.run(noteCommands.addNote, { ...cell, text: 'Before' })!;
    first.store.lockFor(await lockWithPin(''));
    const mine = first.store.run(noteCommands.addNote, { ...cell, text: 'Mine' })!;

    const { store } = reloaded(storage);
    expect(store.participantLock!.allows('editNoteText', { noteId: mine })).toBe(true);
    expect(store.participantLock!.allows('editNoteText', { noteId: before })).toBe(false);
    expect(store.participantLock!.pin).toBeNull();
  });

  it.each(['{', 'null', '{"version":2}', '{"version":1,"pin":"2468","addedNotes":[]}', '{"version":1,"pin":null,"addedNotes":[1]}'])(
    'a record it cannot read (%s) still locks the board',
    (raw) => {
      const storage = new MemoryStorage();
      storage.setItem('journeyboard.participantLock', raw);
      const { store } = reloaded(storage);
      expect(store.participantLock).not.toBeNull();
      expect(store.participantLock!.allows('deleteNotes', { noteIds: [] })).toBe(false);
    },
  );
});
