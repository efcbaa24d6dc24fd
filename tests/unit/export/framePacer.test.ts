/**
 * FramePacer: an export's turns wait for a frame only when the window is
 * painting and none has been painted for a while. Driven through its injected
 * display: frames and time are the test's.
 */
import { describe, expect, it } from 'vitest';
import { FRAME_DUE_MS, type FrameHost, FramePacer } from '../../../renderer/board/export/framePacer';

class TestDisplay implements FrameHost {
  time = 0;
  visible = true;
  private frames = new Map<number, () => void>();
  private timers: { at: number; callback: () => void }[] = [];
  private next = 1;

  readonly now = () => this.time;
  readonly painting = () => this.visible;
  readonly requestFrame = (callback: () => void) => {
    this.frames.set(this.next, callback);
    return this.next++;
  };
  readonly cancelFrame = (handle: number) => void this.frames.delete(handle);
  readonly timeout = (callback: () => void, ms: number) => void this.timers.push({ at: this.time + ms, callback });

  /** Paints one frame `ms` from now: the frame callbacks asked for so far run. */
  paint(ms: number): void {
    this.time += ms;
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const callback of due) callback();
  }

  /** Moves time on without painting; due timers fire. */
  wait(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    for (const timer of due) timer.callback();
  }

  get watching(): number {
    return this.frames.size;
  }
}

/** Whether `promise` settles within a few turns of the real event loop (each turn also ends in a real task). */
async function settles(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5 && !done; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('FramePacer', () => {
  it('goes on at once while frames keep coming', async () => {
    const display = new TestDisplay();
    const pacer = new FramePacer(display);
    display.paint(16);
    display.wait(FRAME_DUE_MS - 1);
    expect(await settles(pacer.turn())).toBe(true);
    pacer.stop();
  });

  it('waits for a frame when none has been painted for longer than FRAME_DUE_MS, then goes on', async () => {
    const display = new TestDisplay();
    const pacer = new FramePacer(display);
    display.wait(FRAME_DUE_MS + 1);
    const turn = pacer.turn();
    expect(await settles(turn)).toBe(false);
    display.paint(1);
    expect(await settles(turn)).toBe(true);
    pacer.stop();
  });

  it('never waits for a frame in a hidden window, which paints none', async () => {
    const display = new TestDisplay();
    display.visible = false;
    const pacer = new FramePacer(display);
    display.wait(500);
    expect(await settles(pacer.turn())).toBe(true);
    pacer.stop();
  });

  it('stops waiting for a frame that does not come (the window was hidden meanwhile)', async () => {
    const display = new TestDisplay();
    const pacer = new FramePacer(display);
    display.wait(FRAME_DUE_MS + 1);
    const turn = pacer.turn();
    display.visible = false;
    expect(await settles(turn)).toBe(false);
    display.wait(100);
    expect(await settles(turn)).toBe(true);
    pacer.stop();
  });

  it('stops watching frames when stopped', () => {
    const display = new TestDisplay();
    const pacer = new FramePacer(display);
    display.paint(16);
    expect(display.watching).toBe(1);
    pacer.stop();
    expect(display.watching).toBe(0);
  });
});
