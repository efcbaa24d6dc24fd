/** The Workshop menu's actions: the timer, dot voting and the participant lock. */
import type { Action } from '../actions';

export const WORKSHOP_ACTIONS: readonly Action[] = [
  {
    command: 'workshop.timer',
    perform: (ctx) => ctx.workshop.timer.setVisible(!ctx.workshop.timer.get().visible),
  },
];
