import { describe, expect, it } from 'vitest';
import { ranking, remainingVotes, topTargets, visibleVotes } from '../../../renderer/model/voting';
import { addNote } from '../../../renderer/state/commands/noteCommands';
import { castVote, endVoteRound, nextParticipant, removeVote, revealVotes, startVoteRound } from '../../../renderer/state/commands/voteCommands';
import { newStore } from './storeHelpers';

function roundOnPains(hidden = true) {
  const env = newStore();
  const { store, stages, laneOf } = env;
  const pains = laneOf('pains');
  const note = (text: string, lane = pains) => store.run(addNote, { laneId: lane.id, stageId: stages[0]!.id, text });
  const [a, b, c] = [note('Slow checkout'), note('Hidden fees'), note('No chat')];
  const thought = note('Is it safe?', laneOf('thoughts'));
  const roundId = store.run(startVoteRound, {
    label: 'Pains',
    settings: {
      laneKinds: ['pains'],
      laneIds: [],
      participants: [
        { id: 'p1', name: 'Ola' },
        { id: 'p2', name: '' },
      ],
      votesPerParticipant: 2,
      timeLimitMinutes: null,
      hiddenUntilReveal: hidden,
    },
  });
  const vote = (participantId: string, targetId: string) => store.run(castVote, { roundId, participantId, targetId });
  const round = () => store.getMap().voteRounds[roundId]!;
  return { ...env, roundId, round, vote, notes: { a: a!, b: b!, c: c!, thought } };
}

describe('dot voting commands', () => {
  it('starts a round with the first participant on turn', () => {
    const { round } = roundOnPains();
    expect(round()).toMatchObject({ label: 'Pains', currentParticipantId: 'p1', revealed: false, endedAt: null });
  });

  it('takes votes on votable items only, up to the participant’s dots, each one undoable', () => {
    const { store, round, vote, notes } = roundOnPains();
    expect(vote('p1', notes.thought)).toBeNull();
    expect(vote('p1', notes.a)).not.toBeNull();
    expect(vote('p1', notes.a)).not.toBeNull();
    expect(vote('p1', notes.b)).toBeNull();
    expect(remainingVotes(store.getMap(), round(), 'p1')).toBe(0);
    expect(vote('nobody', notes.b)).toBeNull();
    store.undo();
    expect(remainingVotes(store.getMap(), round(), 'p1')).toBe(1);
    expect(store.history.undoName).toBe('castVote');
  });

  it('removes one of the participant’s own dots, never another’s', () => {
    const { store, roundId, round, vote, notes } = roundOnPains();
    vote('p1', notes.a);
    store.run(nextParticipant, { roundId });
    vote('p2', notes.a);
    store.run(removeVote, { roundId, participantId: 'p2', targetId: notes.a });
    expect(remainingVotes(store.getMap(), round(), 'p2')).toBe(2);
    expect(remainingVotes(store.getMap(), round(), 'p1')).toBe(1);
  });

  it('hides the earlier participants’ dots until the reveal', () => {
    const { store, roundId, round, vote, notes } = roundOnPains();
    vote('p1', notes.a);
    store.run(nextParticipant, { roundId });
    expect(round().currentParticipantId).toBe('p2');
    expect(visibleVotes(store.getMap(), round())).toEqual([]);
    vote('p2', notes.b);
    expect(visibleVotes(store.getMap(), round()).map((v) => v.targetId)).toEqual([notes.b]);
    store.run(nextParticipant, { roundId });
    expect(round().currentParticipantId).toBeNull();
    store.run(revealVotes, { roundId });
    expect(visibleVotes(store.getMap(), round())).toHaveLength(2);
  });

  it('shows every dot at once when votes are not hidden', () => {
    const { store, roundId, round, vote, notes } = roundOnPains(false);
    vote('p1', notes.a);
    store.run(nextParticipant, { roundId });
    expect(visibleVotes(store.getMap(), round())).toHaveLength(1);
  });

  it('ranks by dots, ties sharing a rank, and top N includes the tie', () => {
    const { store, roundId, round, vote, notes } = roundOnPains();
    vote('p1', notes.a);
    vote('p1', notes.b);
    store.run(nextParticipant, { roundId });
    vote('p2', notes.a);
    vote('p2', notes.c);
    const ranked = ranking(store.getMap(), round());
    expect(ranked[0]).toEqual({ targetId: notes.a, votes: 2, rank: 1 });
    expect(ranked.slice(1).map((r) => r.rank)).toEqual([2, 2]);
    expect(topTargets(ranked, 1)).toEqual(new Set([notes.a]));
    expect(topTargets(ranked, 2).size).toBe(3);
  });

  it('an ended round takes no votes and is revealed; starting another ends the open one', () => {
    const { store, roundId, round, vote, notes } = roundOnPains();
    store.run(endVoteRound, { roundId });
    expect(round()).toMatchObject({ revealed: true, currentParticipantId: null });
    expect(round().endedAt).not.toBeNull();
    expect(vote('p1', notes.a)).toBeNull();
    const second = roundOnPains();
    const first = second.roundId;
    second.store.run(startVoteRound, { label: 'Again', settings: second.round().settings });
    expect(second.store.getMap().voteRounds[first]!.endedAt).not.toBeNull();
  });
});
