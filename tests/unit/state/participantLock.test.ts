/**
 * The participant lock's allow-list, enforced by the document store: every
 * command the app has is tried under the lock, and only adding a note, editing
 * a note added under the lock, and voting get through.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../renderer/state/command';
import * as emotionCommands from '../../../renderer/state/commands/emotionCommands';
import * as laneCommands from '../../../renderer/state/commands/laneCommands';
import * as mapCommands from '../../../renderer/state/commands/mapCommands';
import * as noteCommands from '../../../renderer/state/commands/noteCommands';
import * as personaCommands from '../../../renderer/state/commands/personaCommands';
import * as presenterNoteCommands from '../../../renderer/state/commands/presenterNoteCommands';
import * as stageCommands from '../../../renderer/state/commands/stageCommands';
import * as touchpointCommands from '../../../renderer/state/commands/touchpointCommands';
import * as voteCommands from '../../../renderer/state/commands/voteCommands';
import { LOCK_ALLOWED_COMMANDS, ParticipantLock } from '../../../renderer/state/participantLock';
import { newStore } from './storeHelpers';

const isCommand = (value: unknown): value is Command<unknown, unknown> =>
  typeof value === 'object' && value !== null && 'name' in value && 'perform' in value;
const ALL_COMMANDS = [
  emotionCommands,
  laneCommands,
  mapCommands,
  noteCommands,
  personaCommands,
  presenterNoteCommands,
  stageCommands,
  touchpointCommands,
  voteCommands,
]
  .flatMap((module) => Object.values(module))
  .filter(isCommand);

function lockedBoard(pin: string | null = null) {
  const env = newStore();
  const { store, stages, laneOf } = env;
  const cell = { laneId: laneOf('pains').id, stageId: stages[0]!.id };
  const before = store.run(noteCommands.addNote, { ...cell, text: 'From before the lock' });
  const refused: string[] = [];
  store.onRefused((name) => refused.push(name));
  // The store compares the digests the UI hands it; a test can use any string as one.
  store.lockFor(new ParticipantLock(pin === null ? null : { salt: 'salt', digest: pin }));
  return { ...env, cell, before, refused };
}

describe('the participant lock', () => {
  it('knows every allowed name as a real command', () => {
    const names = new Set(ALL_COMMANDS.map((command) => command.name));
    for (const name of LOCK_ALLOWED_COMMANDS) expect(names.has(name), name).toBe(true);
  });

  it.each(ALL_COMMANDS.filter((command) => !LOCK_ALLOWED_COMMANDS.has(command.name)).map((command) => [command.name, command] as const))(
    'refuses %s without running it',
    (name, command) => {
      const { store, refused, before } = lockedBoard();
      const map = store.getMap();
      const revision = store.currentRevision;
      // Arguments a real call could carry; the store must refuse before looking at them.
      const result = store.run(command, { noteIds: [before], noteId: before, text: 'x', title: 'x', name: 'x', stageId: 'x', laneId: 'x' });
      expect(result).toBeUndefined();
      expect(store.getMap()).toBe(map);
      expect(refused).toEqual([name]);
      expect(store.currentRevision).toBe(revision);
    },
  );

  it('adds a note, and lets that note (only) be edited', () => {
    const { store, cell, before, refused } = lockedBoard();
    const added = store.run(noteCommands.addNote, { ...cell, text: 'Mine' });
    store.run(noteCommands.editNoteText, { noteId: added, text: 'Mine, edited' });
    store.run(noteCommands.editNoteText, { noteId: before, text: 'Overwritten' });
    expect(store.getMap().notes[added]?.text).toBe('Mine, edited');
    expect(store.getMap().notes[before]?.text).toBe('From before the lock');
    expect(refused).toEqual(['editNoteText']);
  });

  it('lets votes through: cast, take back, hand on', () => {
    const { store, cell, refused } = lockedBoard();
    store.unlock();
    const roundId = store.run(voteCommands.startVoteRound, {
      label: 'Pains',
      settings: { laneKinds: ['pains'], laneIds: [], participants: [{ id: 'p1', name: '' }, { id: 'p2', name: '' }], votesPerParticipant: 2, timeLimitMinutes: null, hiddenUntilReveal: true },
    });
    const target = store.run(noteCommands.addNote, { ...cell, text: 'Vote for me' });
    store.lockFor(new ParticipantLock(null));
    const vote = { roundId, participantId: 'p1', targetId: target };
    expect(store.run(voteCommands.castVote, vote)).toEqual(expect.any(String));
    expect(store.run(voteCommands.castVote, vote)).toEqual(expect.any(String));
    store.run(voteCommands.removeVote, vote);
    store.run(voteCommands.nextParticipant, { roundId });
    store.run(voteCommands.revealVotes, { roundId });
    const map = store.getMap();
    expect(Object.keys(map.dotVotes)).toHaveLength(1);
    expect(map.voteRounds[roundId]).toMatchObject({ currentParticipantId: 'p2', revealed: false });
    expect(refused).toEqual(['revealVotes']);
  });

  it('undoes only what was done under the lock', () => {
    const { store, cell, refused } = lockedBoard();
    const added = store.run(noteCommands.addNote, { ...cell, text: 'Mine' });
    expect(store.undo()).toBe(true);
    expect(store.getMap().notes[added]).toBeUndefined();
    expect(store.undo()).toBe(false);
    expect(Object.values(store.getMap().notes).map((n) => n.text)).toEqual(['From before the lock']);
    expect(refused).toEqual(['undo']);
    expect(store.redo()).toBe(true);
    expect(store.getMap().notes[added]?.text).toBe('Mine');
  });

  it('unlocks with the PIN only, and then runs everything again', () => {
    const { store, before } = lockedBoard('2468');
    expect(store.unlock('1111')).toBe(false);
    expect(store.unlock(null)).toBe(false);
    expect(store.participantLock).not.toBeNull();
    expect(store.unlock('2468')).toBe(true);
    store.run(noteCommands.deleteNotes, { noteIds: [before] });
    expect(store.getMap().notes[before]).toBeUndefined();
  });
});
