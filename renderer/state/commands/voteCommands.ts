/**
 * Dot voting as named commands, so votes are undoable during a round and the
 * participant lock can allow exactly these. A round is started with its
 * settings, takes votes turn by turn, is revealed, then ended; an ended round
 * stays in the file and can be viewed again.
 */
import type { Draft } from 'immer';
import type { JourneyMap, VoteRound } from '../../model/types';
import { isVotable, openRound, remainingVotes } from '../../model/voting';
import { before, defineCommand } from '../command';

export type VoteSettings = VoteRound['settings'];

export const startVoteRound = defineCommand<{ label: string; settings: VoteSettings }, string>(
  'startVoteRound',
  (map, { label, settings }, { newId, nowIso }) => {
    // One round at a time: starting another ends the one still open.
    const open = openRound(before(map));
    if (open) map.voteRounds[open.id]!.endedAt = nowIso;
    const id = newId();
    map.voteRounds[id] = {
      id,
      label,
      createdAt: nowIso,
      settings: structuredClone(settings) as Draft<VoteSettings>,
      currentParticipantId: settings.participants[0]?.id ?? null,
      revealed: false,
      endedAt: null,
    };
    return id;
  },
);

function liveRound(map: Draft<JourneyMap>, roundId: string): VoteRound | null {
  const round = before(map).voteRounds[roundId];
  return round && round.endedAt === null ? round : null;
}

/** One dot from the participant whose turn it is; refused (null) when out of dots or not votable. */
export const castVote = defineCommand<{ roundId: string; participantId: string; targetId: string }, string | null>(
  'castVote',
  (map, { roundId, participantId, targetId }, { newId, nowIso }) => {
    const round = liveRound(map, roundId);
    const snapshot = before(map);
    if (!round || !round.settings.participants.some((p) => p.id === participantId)) return null;
    if (!isVotable(snapshot, round, targetId) || remainingVotes(snapshot, round, participantId) === 0) return null;
    const id = newId();
    map.dotVotes[id] = { id, roundId, participantId, targetId, castAt: nowIso };
    return id;
  },
);

/** Takes back one of the participant's dots on that item. */
export const removeVote = defineCommand<{ roundId: string; participantId: string; targetId: string }>(
  'removeVote',
  (map, { roundId, participantId, targetId }) => {
    if (!liveRound(map, roundId)) return;
    const vote = Object.values(before(map).dotVotes)
      .filter((v) => v.roundId === roundId && v.participantId === participantId && v.targetId === targetId)
      .sort((a, b) => b.castAt.localeCompare(a.castAt) || b.id.localeCompare(a.id))[0];
    if (vote) delete map.dotVotes[vote.id];
  },
);

/** Hands the laptop on; after the last participant nobody's turn is current. */
export const nextParticipant = defineCommand<{ roundId: string }>('nextParticipant', (map, { roundId }) => {
  const round = liveRound(map, roundId);
  if (!round || round.currentParticipantId === null) return;
  const list = round.settings.participants;
  const index = list.findIndex((p) => p.id === round.currentParticipantId);
  map.voteRounds[roundId]!.currentParticipantId = list[index + 1]?.id ?? null;
});

export const revealVotes = defineCommand<{ roundId: string }>('revealVotes', (map, { roundId }) => {
  const round = map.voteRounds[roundId];
  if (round && !round.revealed) round.revealed = true;
});

/** Closes the round to votes; its dots are shown from then on. */
export const endVoteRound = defineCommand<{ roundId: string }>('endVoteRound', (map, { roundId }, { nowIso }) => {
  const round = map.voteRounds[roundId];
  if (!round || round.endedAt !== null) return;
  round.endedAt = nowIso;
  round.revealed = true;
  round.currentParticipantId = null;
});
