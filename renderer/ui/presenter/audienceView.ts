/**
 * The room's view as it travels from the presenter window to the audience
 * window: built from the present store (and the timer) on one side, turned
 * back into a present state on the other, so the audience's Board dims,
 * builds, points and themes exactly as the presenter's does.
 */
import type { AudienceView } from '../../../electron/ipc-contract';
import type { Language } from '../../i18n/languages';
import { frameAt, type PresentStep } from '../../model/present';
import type { PresentState } from '../../state/presentStore';
import type { TimerView } from '../../state/timerStore';
import type { VotingView } from '../../state/votingView';
import { snapshotTimer } from './Countdown';

export function audienceViewOf(present: PresentState, timer: TimerView, voting: VotingView, now: number, language: Language): AudienceView {
  const step = present.path[present.step];
  return {
    language,
    frame: frameAt(present.path, { step: present.step, frame: present.frame }),
    stageId: step?.stageId ?? null,
    theme: present.theme,
    blank: present.blank,
    revealedLanes: present.builds && step?.kind === 'stage' ? present.revealedLanes : null,
    laser: present.laser,
    spotlightNoteId: present.spotlightNoteId,
    // The room sees the countdown when the facilitator shows the timer.
    timer: timer.visible ? snapshotTimer(timer.timer, now) : null,
    voting: { panelOpen: voting.panelOpen, roundId: voting.roundId, topN: voting.topN },
  };
}

/** The audience window's present state: one step, the frame the presenter shows. */
export function presentStateOf(view: AudienceView): Partial<PresentState> {
  const frame = view.frame ?? { x: 0, y: 0, width: 1, height: 1 };
  const step: PresentStep = view.stageId
    ? { kind: 'stage', stageId: view.stageId, stageIndex: 0, frames: [frame], lanes: view.revealedLanes ?? 0 }
    : { kind: 'overview', stageId: null, frames: [frame] };
  return {
    active: true,
    path: [step],
    step: 0,
    frame: 0,
    theme: view.theme,
    blank: view.blank,
    builds: view.revealedLanes !== null,
    revealedLanes: view.revealedLanes ?? 0,
    laser: view.laser,
    spotlightNoteId: view.spotlightNoteId,
  };
}
