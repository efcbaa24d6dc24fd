/**
 * The workshop timer's state: the countdown (pure arithmetic in model/timer),
 * whether its panel shows and whether it may sound. It lives outside the
 * document: a timer is part of running the session, not of the map, and it
 * keeps running whatever else the app shows.
 */
import { useSyncExternalStore } from 'react';
import { addMinute, newTimer, pauseTimer, resetTimer, startTimer, type TimerState } from '../model/timer';
import type { Clock } from './clock';

export interface TimerView {
  readonly timer: TimerState;
  readonly visible: boolean;
  readonly muted: boolean;
}

export class TimerStore {
  private state: TimerView = { timer: newTimer(5), visible: false, muted: false };
  private readonly listeners = new Set<() => void>();

  constructor(private clock: Clock) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): TimerView => this.state;

  now(): number {
    return this.clock.now();
  }

  /** The e2e run swaps in a clock it moves by hand, to run a minute in a moment. */
  useClock(clock: Clock): void {
    this.clock = clock;
  }

  setMinutes(minutes: number): void {
    this.update({ timer: newTimer(minutes), visible: true });
  }

  start(): void {
    this.update({ timer: startTimer(this.state.timer, this.now()), visible: true });
  }

  pause(): void {
    this.update({ timer: pauseTimer(this.state.timer, this.now()) });
  }

  addMinute(): void {
    this.update({ timer: addMinute(this.state.timer, this.now()) });
  }

  reset(): void {
    this.update({ timer: resetTimer(this.state.timer) });
  }

  setVisible(visible: boolean): void {
    this.update({ visible });
  }

  setMuted(muted: boolean): void {
    this.update({ muted });
  }

  private update(changes: Partial<TimerView>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}

export const useTimer = (store: TimerStore) => useSyncExternalStore(store.subscribe, store.get);
