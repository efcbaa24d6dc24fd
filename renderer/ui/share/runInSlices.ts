/**
 * Builds a long text from a generator of pieces without freezing the window:
 * it pulls pieces for at most `budgetMs`, then gives the event loop a turn
 * (input, paint, the progress text) before going on.
 */
import type { Piece } from '../../model/pieces';

/** Well under the 100 ms at which a facilitator notices a stuck window. */
export const SLICE_BUDGET_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runInSlices(
  pieces: Iterator<Piece>,
  onProgress: (fraction: number) => void,
  now: () => number = () => performance.now(),
): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const sliceStart = now();
    let step = pieces.next();
    while (!step.done) {
      parts.push(step.value.text);
      if (step.value.total > 0) onProgress(step.value.done / step.value.total);
      if (now() - sliceStart > SLICE_BUDGET_MS) break;
      step = pieces.next();
    }
    if (step.done) return parts.join('');
    await nextTask();
  }
}
