/** Long work with a progress fraction, in slices (model/slices.ts) so the window never looks stuck. */
import type { Piece, Progress } from '../../model/pieces';
import { runSteps } from '../../model/slices';

/** Takes `steps` to their end in slices, reporting the progress after each slice; resolves to what they return. */
export async function runStepsInSlices<R>(
  steps: Iterator<Progress, R>,
  onProgress: (fraction: number) => void,
  now: () => number = () => performance.now(),
): Promise<R> {
  let last: Progress | null = null;
  let result: R | undefined;
  // runSteps drops an iterator's return value; this generator keeps it.
  function* keepResult(): Generator<Progress, void, void> {
    result = yield* { [Symbol.iterator]: () => steps };
  }
  await runSteps(
    keepResult(),
    (step) => {
      last = step;
    },
    {
      now,
      endOfSlice: () => {
        if (last && last.total > 0) onProgress(last.done / last.total);
      },
    },
  );
  return result as R;
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
