/** runSteps: the slice runner behind long exports. */
import { describe, expect, it } from 'vitest';
import { nextTask, runSteps } from '../../../renderer/model/slices';

function* counted(n: number, clock: { t: number }): Generator<number> {
  for (let i = 1; i <= n; i++) {
    clock.t += 4;
    yield i;
  }
}

describe('runSteps', () => {
  it('hands on each finished slice at its end, before the next slice starts', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    await runSteps(counted(10, clock), (i) => log.push(String(i)), { budgetMs: 10, now: () => clock.t, endOfSlice: () => void log.push('|') });
    expect(log.join(' ')).toBe('1 2 3 | 4 5 6 | 7 8 9 | 10 |');
  });

  it('stops with the reason of an aborted signal between slices', async () => {
    const clock = { t: 0 };
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runSteps(counted(100, clock), (i) => {
      seen.push(i);
      if (i === 5) controller.abort(new Error('cancelled by the facilitator'));
    }, { budgetMs: 10, now: () => clock.t, signal: controller.signal });
    await expect(run).rejects.toThrow('cancelled by the facilitator');
    expect(seen.length).toBeLessThan(10);
  });

  it('gives the event loop its turn between slices through the caller\'s turn, not after the last', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const turn = async () => void log.push('turn');
    await runSteps(counted(5, clock), (i) => log.push(String(i)), { budgetMs: 10, now: () => clock.t, turn });
    expect(log.join(' ')).toBe('1 2 3 turn 4 5');
  });
});

describe('nextTask', () => {
  it('yields through the platform scheduler where there is one: no 4 ms timer clamp', async () => {
    let yielded = 0;
    const scheduler = { yield: async () => void yielded++ };
    Object.assign(globalThis, { scheduler });
    try {
      await nextTask();
      expect(yielded).toBe(1);
    } finally {
      delete (globalThis as { scheduler?: unknown }).scheduler;
    }
  });

  it('falls back to a timer where there is none (Node)', async () => {
    let later = false;
    const task = nextTask().then(() => later);
    queueMicrotask(() => (later = true));
    expect(await task).toBe(true);
  });
});
