/**
 * A long text built in pieces, so that the UI can yield between them and show
 * how far it got: an export of a 10,000-note map never freezes the window.
 */
/** How far a long piece of work has got: `done` out of `total` (rows, sections…). */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface Piece extends Progress {
  readonly text: string;
}

/** Runs stepwise work to its end in one go (tests, small inputs); the UI runs it in slices instead. */
export function runToEnd<R>(steps: Iterator<Progress, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export const joinPieces = (pieces: Iterable<Piece>): string => {
  let text = '';
  for (const piece of pieces) text += piece.text;
  return text;
};
