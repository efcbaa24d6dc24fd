/**
 * The board's cell cursor, as in a spreadsheet: where the arrow keys and Tab
 * go from a cell (or from a note inside it). Every cell of a lane that is not
 * collapsed is a stop, empty or not, so an empty board can be walked too.
 *
 * Up and Down walk one column as a single line: a cell, then its notes in
 * order, then the cell below. So Down from the last note of a cell reaches the
 * next cell, and Up retraces exactly the same stops.
 */
import { type BoardLayout, cellOf } from './layout';

export interface CursorSpot {
  readonly laneId: string;
  readonly stageId: string;
  /** The note the cursor is on, or null when it is on the cell itself. */
  readonly noteId: string | null;
}

export type CursorMove = 'left' | 'right' | 'up' | 'down' | 'next' | 'previous';

export function moveCursor(layout: BoardLayout, from: CursorSpot | null, move: CursorMove): CursorSpot | null {
  const rows = layout.rows.filter((row) => !row.collapsed);
  const columns = layout.columns;
  if (rows.length === 0 || columns.length === 0) return null;
  const spot = (r: number, c: number, noteId: string | null = null): CursorSpot => ({ laneId: rows[r]!.laneId, stageId: columns[c]!.stageId, noteId });
  const notesIn = (r: number, c: number): readonly string[] => cellOf(layout, rows[r]!.laneId, columns[c]!.stageId)?.noteIds ?? [];

  const r = from ? rows.findIndex((row) => row.laneId === from.laneId) : -1;
  const c = from ? columns.findIndex((column) => column.stageId === from.stageId) : -1;
  // No cursor yet (or its lane was collapsed or hidden): start at the top-left cell.
  if (!from || r < 0 || c < 0) return spot(0, 0);

  const notes = notesIn(r, c);
  const index = from.noteId ? notes.indexOf(from.noteId) : -1;
  switch (move) {
    case 'left':
      return spot(r, Math.max(0, c - 1));
    case 'right':
      return spot(r, Math.min(columns.length - 1, c + 1));
    case 'next':
    case 'previous': {
      const count = rows.length * columns.length;
      const at = (r * columns.length + c + (move === 'next' ? 1 : -1) + count) % count;
      return spot(Math.floor(at / columns.length), at % columns.length);
    }
    case 'down':
      if (index + 1 < notes.length) return spot(r, c, notes[index + 1]!);
      return r + 1 < rows.length ? spot(r + 1, c) : from;
    case 'up':
      if (index > 0) return spot(r, c, notes[index - 1]!);
      if (index === 0) return spot(r, c);
      return r > 0 ? spot(r - 1, c, notesIn(r - 1, c).at(-1) ?? null) : from;
  }
}
