/**
 * Runs long work without freezing the window: it takes steps for at most
 * `budgetMs`, then gives the event loop a turn (input, paint, the progress
 * text) before going on.
 */
import type { Piece, Progress } from '../../model/pieces';

/** Well under the 100 ms at which a facilitator notices a stuck window. */
export const SLICE_BUDGET_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Takes `steps` to their end in slices, reporting the progress after each slice; resolves to what they return. */
export async function runStepsInSlices<R>(
  steps: Iterator<Progress, R>,
  onProgress: (fraction: number) => void,
  now: () => number = () => performance.now(),
): Promise<R> {
  for (;;) {
    const sliceStart = now();
    let step = steps.next();
    let last: Progress | null = null;
    while (!step.done) {
      last = step.value;
      if (now() - sliceStart > SLICE_BUDGET_MS) break;
      step = steps.next();
    }
    if (last && last.total > 0) onProgress(last.done / last.total);
    if (step.done) return step.value;
    await nextTask();
  }
}

/** Builds a long text from a generator of pieces in slices. */
export function runInSlices(pieces: Iterator<Piece>, onProgress: (fraction: number) => void, now?: () => number): Promise<string> {
  function* collect(): Generator<Progress, string, void> {
    const parts: string[] = [];
    for (let piece = pieces.next(); !piece.done; piece = pieces.next()) {
      parts.push(piece.value.text);
      yield piece.value;
    }
    return parts.join('');
  }
  return runStepsInSlices(collect(), onProgress, now);
}
