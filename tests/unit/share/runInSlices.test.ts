/** A long export gives the event loop a turn at least every slice, and reports its progress. */
import { describe, expect, it } from 'vitest';
import type { Piece } from '../../../renderer/model/pieces';
import { runInSlices } from '../../../renderer/ui/share/runInSlices';

/** Each piece "takes" 5 ms on a clock the test controls. */
function* slowPieces(count: number, clock: { t: number }): Generator<Piece> {
  for (let i = 1; i <= count; i++) {
    clock.t += 5;
    yield { text: `${i};`, done: i, total: count };
  }
}

describe('runInSlices', () => {
  it('joins every piece, yields to other tasks between slices, and reports progress up to 1', async () => {
    const clock = { t: 0 };
    const progress: number[] = [];
    const turns: number[] = [];
    let stop = false;
    const tick = () => {
      turns.push(clock.t);
      if (!stop) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const text = await runInSlices(slowPieces(40, clock), (f) => progress.push(f), () => clock.t);
    stop = true;
    expect(text).toBe(Array.from({ length: 40 }, (_, i) => `${i + 1};`).join(''));
    // 40 pieces of 5 ms with a 12 ms budget: other tasks ran many times, never more than ~15 ms of work apart.
    expect(turns.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < turns.length; i++) expect(turns[i]! - turns[i - 1]!).toBeLessThanOrEqual(15);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});
