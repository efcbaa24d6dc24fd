/**
 * Countdown arithmetic for the workshop timer. Time comes from an injected
 * monotonic clock reading (`now`, in ms), never from counting ticks: a busy or
 * throttled window that skips ticks still shows the right time.
 *
 * A timer is the time it was set to, the time used up before its current run,
 * and when that run began (null while paused or not started).
 */
export interface TimerState {
  /** What it was set to, which a reset goes back to. */
  readonly setMs: number;
  /** What it runs for now: the set time plus any added minutes. */
  readonly durationMs: number;
  readonly usedMs: number;
  readonly runningSince: number | null;
}

export type TimerPhase = 'ready' | 'running' | 'paused' | 'finished';

export const TIMER_PRESET_MINUTES = [1, 3, 5, 10, 15] as const;
/** The last stretch the display highlights. */
export const TIMER_WARNING_MS = 30_000;
const MINUTE = 60_000;
/** A custom value is whole minutes from 1 to 180 (3 hours covers any exercise). */
export const TIMER_MAX_MINUTES = 180;

export function newTimer(minutes: number): TimerState {
  const ms = clampMinutes(minutes) * MINUTE;
  return { setMs: ms, durationMs: ms, usedMs: 0, runningSince: null };
}

export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return 1;
  return Math.min(TIMER_MAX_MINUTES, Math.max(1, Math.round(minutes)));
}

const usedAt = (timer: TimerState, now: number): number =>
  Math.min(timer.durationMs, timer.usedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince)));

export const remainingMs = (timer: TimerState, now: number): number => timer.durationMs - usedAt(timer, now);

export function timerPhase(timer: TimerState, now: number): TimerPhase {
  if (remainingMs(timer, now) <= 0) return 'finished';
  if (timer.runningSince !== null) return 'running';
  return timer.usedMs > 0 ? 'paused' : 'ready';
}

/** Starts or resumes; a finished timer starts over from its full time. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince !== null && remainingMs(timer, now) > 0) return timer;
  const usedMs = remainingMs(timer, now) <= 0 ? 0 : timer.usedMs;
  return { ...timer, usedMs, runningSince: now };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer;
  return { ...timer, usedMs: usedAt(timer, now), runningSince: null };
}

/** One more minute; a timer that has run out gets exactly one minute, and keeps running if it was. */
export function addMinute(timer: TimerState, now: number): TimerState {
  const used = usedAt(timer, now);
  return { ...timer, durationMs: timer.durationMs + MINUTE, usedMs: used, runningSince: timer.runningSince === null ? null : now };
}

export const resetTimer = (timer: TimerState): TimerState => ({ ...timer, durationMs: timer.setMs, usedMs: 0, runningSince: null });

/** "m:ss", rounding up, so the display reads 0:00 only when time is really up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
