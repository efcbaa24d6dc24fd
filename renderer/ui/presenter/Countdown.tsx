/**
 * The timer's digits alone, for the presenter view and the audience window
 * (the TimerWidget, with its presets and buttons, stays the edit-mode panel).
 * The time is read from the clock on every poll, like the widget does.
 */
import { useEffect, useState } from 'react';
import { formatRemaining, remainingMs, TIMER_WARNING_MS, type TimerState, timerPhase } from '../../model/timer';

const POLL_MS = 200;

export function Countdown({ timer, now, className, testId }: { readonly timer: TimerState; readonly now: () => number; readonly className?: string; readonly testId?: string }) {
  const [time, setTime] = useState(now);
  const phase = timerPhase(timer, time);
  const running = timer.runningSince !== null && phase !== 'finished';
  useEffect(() => {
    setTime(now());
    if (!running) return;
    const id = window.setInterval(() => setTime(now()), POLL_MS);
    return () => window.clearInterval(id);
  }, [timer, now, running]);
  const remaining = remainingMs(timer, time);
  const warning = phase === 'running' && remaining <= TIMER_WARNING_MS;
  return (
    <div className={`countdown phase-${phase}${warning ? ' warning' : ''} ${className ?? ''}`} data-testid={testId} data-phase={phase} role="timer">
      {formatRemaining(remaining)}
    </div>
  );
}

/** The countdown as it travels to the audience window: plain numbers read on the presenter's clock. */
export interface TimerSnapshot {
  readonly remainingMs: number;
  readonly durationMs: number;
  readonly running: boolean;
}

export function snapshotTimer(timer: TimerState, now: number): TimerSnapshot {
  return { remainingMs: remainingMs(timer, now), durationMs: timer.durationMs, running: timer.runningSince !== null && remainingMs(timer, now) > 0 };
}

/** The same countdown on the receiving window's own clock, read at `now`. */
export function timerFromSnapshot(snapshot: TimerSnapshot, now: number): TimerState {
  const usedMs = Math.max(0, snapshot.durationMs - snapshot.remainingMs);
  return { setMs: snapshot.durationMs, durationMs: snapshot.durationMs, usedMs, runningSince: snapshot.running ? now : null };
}
