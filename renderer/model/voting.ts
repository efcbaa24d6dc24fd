/**
 * Read-only views of dot voting: what a round lets people vote on, how many
 * dots each participant has left, whose dots are visible, and the ranking.
 */
import type { DotVote, JourneyMap, VoteRound } from './types';

/** The round still taking votes (at most one). */
export const openRound = (map: JourneyMap): VoteRound | null => Object.values(map.voteRounds).find((round) => round.endedAt === null) ?? null;

/** Rounds newest first, for the list of past rounds. */
export const roundsNewestFirst = (map: JourneyMap): VoteRound[] =>
  Object.values(map.voteRounds).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));

export const votesOf = (map: JourneyMap, roundId: string): DotVote[] => Object.values(map.dotVotes).filter((vote) => vote.roundId === roundId);

/** The lane a note or touchpoint sits in, or null when the id is neither. */
function laneOfTarget(map: JourneyMap, targetId: string): string | null {
  if (Object.hasOwn(map.notes, targetId)) return map.notes[targetId]!.laneId;
  if (Object.hasOwn(map.touchpoints, targetId)) return map.touchpoints[targetId]!.laneId;
  return null;
}

export function isVotable(map: JourneyMap, round: VoteRound, targetId: string): boolean {
  const laneId = laneOfTarget(map, targetId);
  const lane = laneId ? map.lanes[laneId] : undefined;
  if (!lane) return false;
  return round.settings.laneIds.includes(lane.id) || round.settings.laneKinds.includes(lane.kind);
}

export function remainingVotes(map: JourneyMap, round: VoteRound, participantId: string): number {
  const used = votesOf(map, round.id).filter((vote) => vote.participantId === participantId).length;
  return Math.max(0, round.settings.votesPerParticipant - used);
}

/**
 * Whose dots may be shown now: all once revealed or when votes are open;
 * while hidden, only the participant whose turn it is sees their own.
 */
export function visibleVotes(map: JourneyMap, round: VoteRound): DotVote[] {
  const votes = votesOf(map, round.id);
  if (round.revealed || !round.settings.hiddenUntilReveal) return votes;
  return votes.filter((vote) => vote.participantId === round.currentParticipantId);
}

/** Dots per note or touchpoint. */
export function countByTarget(votes: readonly DotVote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vote of votes) counts.set(vote.targetId, (counts.get(vote.targetId) ?? 0) + 1);
  return counts;
}

export interface RankedItem {
  readonly targetId: string;
  readonly votes: number;
  /** 1-based; items with equal votes share a rank. */
  readonly rank: number;
}

/** Voted items that still exist, most dots first; ties share a rank and keep a stable order by id. */
export function ranking(map: JourneyMap, round: VoteRound): RankedItem[] {
  const counts = [...countByTarget(votesOf(map, round.id))].filter(([targetId]) => laneOfTarget(map, targetId) !== null);
  counts.sort(([a, va], [b, vb]) => vb - va || a.localeCompare(b));
  let rank = 0;
  let previous = Number.NaN;
  return counts.map(([targetId, votes], index) => {
    if (votes !== previous) rank = index + 1;
    previous = votes;
    return { targetId, votes, rank };
  });
}

/** The items in the top N ranks (ties at the edge included), for "highlight top N". */
export function topTargets(items: readonly RankedItem[], n: number): Set<string> {
  return new Set(items.filter((item) => item.rank <= n).map((item) => item.targetId));
}
