/** The Workshop menu's actions: the timer, dot voting and the participant lock. */
import { openRound } from '../../model/voting';
import type { Action, ActionContext } from '../actions';

/** True (and the refusal announced) when the participant lock keeps this action out. */
export function lockedOut(ctx: ActionContext): boolean {
  if (ctx.store.participantLock === null) return false;
  ctx.store.refuse('replaceMap');
  return true;
}

export const WORKSHOP_ACTIONS: readonly Action[] = [
  {
    command: 'workshop.timer',
    perform: (ctx) => ctx.workshop.timer.setVisible(!ctx.workshop.timer.get().visible),
  },
  {
    // With a round open it shows that round; otherwise it sets up a new one.
    command: 'workshop.vote',
    perform: (ctx) => {
      const open = openRound(ctx.store.getMap());
      if (open) ctx.workshop.voting.set({ panelOpen: true, roundId: open.id });
      else ctx.workshop.voting.set({ setupOpen: true });
    },
  },
  {
    command: 'workshop.lock',
    perform: (ctx) => ctx.workshop.lockDialog.set({ open: ctx.store.participantLock ? 'unlock' : 'lock' }),
  },
  {
    command: 'workshop.voteResults',
    perform: (ctx) => ctx.workshop.voting.set({ panelOpen: !ctx.workshop.voting.get().panelOpen }),
  },
];
