/** The facilitator's private notes per stage: set, replace, clear, undo, and the stage delete that takes them along. */
import { describe, expect, it } from 'vitest';
import { parseCjm, serializeCjm } from '../../../renderer/model/cjmFormat';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/model/migrations';
import { presenterNoteOf } from '../../../renderer/model/queries';
import { MAX_PRESENTER_NOTES_TEXT } from '../../../renderer/model/schema';
import { setPresenterNotes } from '../../../renderer/state/commands/presenterNoteCommands';
import { deleteStage } from '../../../renderer/state/commands/stageCommands';
import { LOCK_ALLOWED_COMMANDS, ParticipantLock } from '../../../renderer/state/participantLock';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { newStore } from './storeHelpers';

describe('setPresenterNotes', () => {
  it('creates one record per stage, replaces its text, and deletes it when emptied', () => {
    const { store, stages } = newStore();
    const stageId = stages[1]!.id;
    store.run(setPresenterNotes, { stageId, text: 'Ask about delivery.\nFive minutes.' });
    expect(presenterNoteOf(store.getMap(), stageId)?.text).toBe('Ask about delivery.\nFive minutes.');
    store.run(setPresenterNotes, { stageId, text: 'Only three minutes.' });
    expect(Object.values(store.getMap().presenterNotes)).toHaveLength(1);
    expect(presenterNoteOf(store.getMap(), stageId)?.text).toBe('Only three minutes.');
    store.run(setPresenterNotes, { stageId, text: '' });
    expect(store.getMap().presenterNotes).toEqual({});
  });

  it('is one undo step per change, and undo brings back the previous text', () => {
    const { store, stages } = newStore();
    const stageId = stages[0]!.id;
    store.run(setPresenterNotes, { stageId, text: 'First' });
    store.run(setPresenterNotes, { stageId, text: 'Second' });
    store.undo();
    expect(presenterNoteOf(store.getMap(), stageId)?.text).toBe('First');
    store.undo();
    expect(presenterNoteOf(store.getMap(), stageId)).toBeUndefined();
    store.redo();
    expect(presenterNoteOf(store.getMap(), stageId)?.text).toBe('First');
  });

  it('ignores an unknown stage and an unchanged text (no history entry)', () => {
    const { store, stages } = newStore();
    const map = store.getMap();
    store.run(setPresenterNotes, { stageId: 'nope', text: 'x' });
    store.run(setPresenterNotes, { stageId: stages[0]!.id, text: '' });
    expect(store.getMap()).toBe(map);
  });

  it('clamps the text to the schema limit, so the file always reads back', () => {
    const { store, stages } = newStore();
    store.run(setPresenterNotes, { stageId: stages[0]!.id, text: 'x'.repeat(MAX_PRESENTER_NOTES_TEXT + 10) });
    const text = serializeCjm({ schemaVersion: CURRENT_SCHEMA_VERSION, map: store.getMap() }, FIXTURE_APP);
    const reopened = parseCjm(text);
    expect(reopened.ok).toBe(true);
    if (reopened.ok) expect(presenterNoteOf(reopened.value.document.map, stages[0]!.id)?.text).toHaveLength(MAX_PRESENTER_NOTES_TEXT);
  });

  it('goes with its stage when the stage is deleted, and comes back with it on undo', () => {
    const { store, stages } = newStore();
    const stageId = stages[2]!.id;
    store.run(setPresenterNotes, { stageId, text: 'Kept with the stage' });
    store.run(deleteStage, { stageId });
    expect(store.getMap().presenterNotes).toEqual({});
    store.undo();
    expect(presenterNoteOf(store.getMap(), stageId)?.text).toBe('Kept with the stage');
  });

  it('is refused under the participant lock', () => {
    expect(LOCK_ALLOWED_COMMANDS.has(setPresenterNotes.name)).toBe(false);
    const { store, stages } = newStore();
    const refused: string[] = [];
    store.onRefused((name) => refused.push(name));
    store.lockFor(new ParticipantLock(null));
    store.run(setPresenterNotes, { stageId: stages[0]!.id, text: 'Participants must not see or change this' });
    expect(store.getMap().presenterNotes).toEqual({});
    expect(refused).toEqual(['setPresenterNotes']);
  });
});
