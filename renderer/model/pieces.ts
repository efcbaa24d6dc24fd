/**
 * A long text built in pieces, so that the UI can yield between them and show
 * how far it got: an export of a 10,000-note map never freezes the window.
 */
export interface Piece {
  readonly text: string;
  /** Work done after this piece, out of `total` (rows, sections…). */
  readonly done: number;
  readonly total: number;
}

export const joinPieces = (pieces: Iterable<Piece>): string => {
  let text = '';
  for (const piece of pieces) text += piece.text;
  return text;
};
