/**
 * The workshop timer's state: the countdown (pure arithmetic in model/timer),
 * whether its panel shows and whether it may sound. It lives outside the
 * document: a timer is part of running the session, not of the map, and it
 * keeps running whatever else the app shows.
 */
import { addMinute, newTimer, pauseTimer, resetTimer, startTimer, type TimerState } from '../model/timer';
import type { Clock } from './clock';
import { ValueStore } from './valueStore';

export interface TimerView {
  readonly timer: TimerState;
  readonly visible: boolean;
  readonly muted: boolean;
}

export class TimerStore extends ValueStore<TimerView> {
  constructor(private clock: Clock) {
    super({ timer: newTimer(5), visible: false, muted: false });
  }

  now(): number {
    return this.clock.now();
  }

  /** The e2e run swaps in a clock it moves by hand, to run a minute in a moment. */
  useClock(clock: Clock): void {
    this.clock = clock;
  }

  setMinutes(minutes: number): void {
    this.set({ timer: newTimer(minutes), visible: true });
  }

  start(): void {
    this.set({ timer: startTimer(this.get().timer, this.now()), visible: true });
  }

  pause(): void {
    this.set({ timer: pauseTimer(this.get().timer, this.now()) });
  }

  addMinute(): void {
    this.set({ timer: addMinute(this.get().timer, this.now()) });
  }

  reset(): void {
    this.set({ timer: resetTimer(this.get().timer) });
  }

  setVisible(visible: boolean): void {
    this.set({ visible });
  }

  setMuted(muted: boolean): void {
    this.set({ muted });
  }
}
