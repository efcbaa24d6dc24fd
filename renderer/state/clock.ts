/** Time is injected so that commands, autosave and timers can be tested without a real clock. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export const isoAt = (clock: Clock): string => new Date(clock.now()).toISOString();

/** A clock that never jumps with the wall clock's adjustments: what the workshop timer counts with. */
export const monotonicClock: Clock = { now: () => performance.now() };
