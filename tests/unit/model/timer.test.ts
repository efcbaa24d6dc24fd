import { describe, expect, it } from 'vitest';
import {
  addMinute,
  clampMinutes,
  formatRemaining,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
  timerPhase,
} from '../../../renderer/model/timer';

describe('timer arithmetic on a monotonic clock', () => {
  it('counts down from when it started, however rarely it is read', () => {
    const running = startTimer(newTimer(5), 1_000);
    expect(remainingMs(running, 1_000)).toBe(300_000);
    expect(remainingMs(running, 61_000)).toBe(240_000);
    expect(timerPhase(running, 61_000)).toBe('running');
  });

  it('keeps the time used before a pause and none of the paused time', () => {
    let timer = startTimer(newTimer(3), 0);
    timer = pauseTimer(timer, 40_000);
    expect(remainingMs(timer, 500_000)).toBe(140_000);
    expect(timerPhase(timer, 500_000)).toBe('paused');
    timer = startTimer(timer, 500_000);
    expect(remainingMs(timer, 510_000)).toBe(130_000);
    timer = pauseTimer(timer, 520_000);
    timer = startTimer(timer, 900_000);
    expect(remainingMs(timer, 900_000)).toBe(120_000);
    expect(remainingMs(timer, 1_020_000)).toBe(0);
    expect(timerPhase(timer, 1_020_000)).toBe('finished');
  });

  it('never goes below zero, and a start after the end starts over', () => {
    const timer = startTimer(newTimer(1), 0);
    expect(remainingMs(timer, 10 * 60_000)).toBe(0);
    expect(remainingMs(startTimer(timer, 10 * 60_000), 10 * 60_000)).toBe(60_000);
  });

  it('adds a minute while running, while paused and after the end', () => {
    const running = addMinute(startTimer(newTimer(1), 0), 30_000);
    expect(remainingMs(running, 30_000)).toBe(90_000);
    expect(remainingMs(running, 60_000)).toBe(60_000);
    const paused = addMinute(pauseTimer(startTimer(newTimer(1), 0), 20_000), 99_000);
    expect(remainingMs(paused, 200_000)).toBe(100_000);
    const ended = addMinute(startTimer(newTimer(1), 0), 300_000);
    expect(remainingMs(ended, 300_000)).toBe(60_000);
    expect(timerPhase(ended, 330_000)).toBe('running');
  });

  it('resets to the time it was set to, without the added minutes', () => {
    const timer = resetTimer(addMinute(startTimer(newTimer(10), 0), 5_000));
    expect(timerPhase(timer, 50_000)).toBe('ready');
    expect(remainingMs(timer, 50_000)).toBe(600_000);
  });

  it('takes whole custom minutes from 1 to 180', () => {
    expect([clampMinutes(0), clampMinutes(7.4), clampMinutes(999), clampMinutes(Number.NaN)]).toEqual([1, 7, 180, 1]);
  });

  it('shows m:ss rounded up, 0:00 only when time is up', () => {
    expect([formatRemaining(300_000), formatRemaining(29_001), formatRemaining(29_000), formatRemaining(1), formatRemaining(0)]).toEqual([
      '5:00',
      '0:30',
      '0:29',
      '0:01',
      '0:00',
    ]);
  });
});
