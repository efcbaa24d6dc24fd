/** Builds a long text from a generator of pieces without freezing the window (see model/slices.ts). */
import type { Piece } from '../../model/pieces';
import { runSteps } from '../../model/slices';

export async function runInSlices(
  pieces: Iterator<Piece>,
  onProgress: (fraction: number) => void,
  now: () => number = () => performance.now(),
): Promise<string> {
  const parts: string[] = [];
  await runSteps(
    pieces,
    (piece) => {
      parts.push(piece.text);
      if (piece.total > 0) onProgress(piece.done / piece.total);
    },
    { now },
  );
  return parts.join('');
}
