/** The workshop's own stores (timer, voting, lock, present mode), handed to actions and panels together. */
import type { Clock } from '../../state/clock';
import { PresentStore } from '../../state/presentStore';
import { TimerStore } from '../../state/timerStore';
import { ValueStore } from '../../state/valueStore';
import { newVotingView, type VotingView } from '../../state/votingView';
import type { JourneyMap, VoteRound } from '../../model/types';
import { openRound, roundsNewestFirst } from '../../model/voting';
import type { TFunction } from 'i18next';

export interface Workshop {
  readonly timer: TimerStore;
  readonly voting: ValueStore<VotingView>;
  /** Which lock dialog is open. */
  readonly lockDialog: ValueStore<LockDialog>;
  /** Present mode: where on the path the presentation stands and how the room sees it. */
  readonly present: PresentStore;
}

export interface LockDialog {
  readonly open: 'lock' | 'unlock' | null;
}

/** The timer counts on `clock`, a monotonic one in the app. */
export const newWorkshop = (clock: Clock): Workshop => ({
  timer: new TimerStore(clock),
  voting: newVotingView(),
  lockDialog: new ValueStore<LockDialog>({ open: null }),
  present: new PresentStore(),
});

/** The round the voting UI shows: the one picked, else the open one, else the latest. */
export function shownRound(map: JourneyMap, view: VotingView): VoteRound | null {
  if (!view.panelOpen) return null;
  if (view.roundId && Object.hasOwn(map.voteRounds, view.roundId)) return map.voteRounds[view.roundId]!;
  return openRound(map) ?? roundsNewestFirst(map)[0] ?? null;
}

/** A participant's name, or "Participant N" when the round counted people instead of naming them. */
export function participantName(t: TFunction, round: VoteRound, participantId: string | null): string {
  const index = round.settings.participants.findIndex((p) => p.id === participantId);
  const participant = round.settings.participants[index];
  if (!participant) return '';
  return participant.name.trim() || t('vote.participantNumber', { number: index + 1 });
}
