/** Geometry queries on a layout: the board converts screen to world, then asks here. */
import { cellKey } from '../queries';
import type { EmotionCurve } from '../types';
import { NOTE_MIN_HEIGHT, NOTE_WIDTH } from './constants';
import { placeGrid } from './grid';
import type { BandBox, BoardLayout, CellBox, ColumnBox, EmotionLaneBox, NoteBox, Rect, RowBox, TouchpointBox } from './types';

function lastAtOrBefore<T>(items: readonly T[], value: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function columnAt(layout: BoardLayout, worldX: number): ColumnBox | null {
  const column = layout.columns[lastAtOrBefore(layout.columns, worldX, (c) => c.x)];
  return column && worldX < column.x + column.width ? column : null;
}

export function rowAt(layout: BoardLayout, worldY: number): RowBox | null {
  const row = layout.rows[lastAtOrBefore(layout.rows, worldY, (r) => r.y)];
  return row && worldY < row.y + row.height ? row : null;
}

export function bandAt(layout: BoardLayout, worldY: number): BandBox | null {
  const band = layout.bands[lastAtOrBefore(layout.bands, worldY, (b) => b.y)];
  return band && worldY < band.y + band.height ? band : null;
}

/**
 * The cells whose notes may show in `rect`, row by row and column by column
 * (the order of `layout.notes`), found by binary search: a paint visits only
 * these instead of testing every note of a 10,000-note wall. A column starting
 * up to a note's width left of `rect` is included, as a note may overhang a
 * stage narrower than one note.
 */
export function cellsIn(layout: BoardLayout, rect: Rect): CellBox[] {
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  const firstRow = Math.max(0, lastAtOrBefore(layout.rows, rect.y, (r) => r.y));
  const firstColumn = Math.max(0, lastAtOrBefore(layout.columns, rect.x - NOTE_WIDTH, (c) => c.x));
  const cells: CellBox[] = [];
  for (let r = firstRow; r < layout.rows.length && layout.rows[r]!.y < bottom; r++) {
    const row = layout.rows[r]!;
    if (row.y + row.height <= rect.y) continue;
    for (let c = firstColumn; c < layout.columns.length && layout.columns[c]!.x < right; c++) {
      const cell = layout.cells[cellKey(row.laneId, layout.columns[c]!.stageId)];
      if (cell) cells.push(cell);
    }
  }
  return cells;
}

/** The cell of a lane and a stage, if both are laid out. */
export function cellOf(layout: BoardLayout, laneId: string, stageId: string): CellBox | null {
  return layout.cells[cellKey(laneId, stageId)] ?? null;
}

export function cellAt(layout: BoardLayout, worldX: number, worldY: number): CellBox | null {
  const column = columnAt(layout, worldX);
  const row = rowAt(layout, worldY);
  return column && row ? cellOf(layout, row.laneId, column.stageId) : null;
}

export function emotionLaneOf(layout: BoardLayout, laneId: string): EmotionLaneBox | null {
  return layout.emotionLanes.find((l) => l.laneId === laneId) ?? null;
}

export const contains = (r: Rect, x: number, y: number): boolean => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

export function noteAt(layout: BoardLayout, worldX: number, worldY: number): NoteBox | null {
  const cell = cellAt(layout, worldX, worldY);
  if (!cell) return null;
  for (const id of cell.noteIds) {
    const box = layout.noteIndex[id];
    if (box && contains(box, worldX, worldY)) return box;
  }
  return null;
}

export function touchpointAt(layout: BoardLayout, worldX: number, worldY: number): TouchpointBox | null {
  return layout.touchpoints.find((box) => contains(box, worldX, worldY)) ?? null;
}

/** Where a dragged note would land among the cell's other notes, in reading order. */
export function dropIndex(layout: BoardLayout, cell: CellBox, worldX: number, worldY: number, moving: ReadonlySet<string>): number {
  let index = 0;
  for (const id of cell.noteIds) {
    if (moving.has(id)) continue;
    const box = layout.noteIndex[id];
    if (!box) continue;
    const below = worldY > box.y + box.height;
    const sameRowRight = worldY >= box.y && worldX > box.x + box.width / 2;
    if (below || sameRowRight) index++;
  }
  return index;
}

/** The grid slot a note dropped at `index` would occupy; used for the drop preview and a new note's editor. */
export function slotRect(layout: BoardLayout, cell: CellBox, index: number, moving: ReadonlySet<string>): Rect {
  const staying = cell.noteIds.filter((id) => !moving.has(id));
  const heights = [...cell.leading, ...staying.map((id) => layout.noteIndex[id]?.height ?? NOTE_MIN_HEIGHT)];
  const at = cell.leading.length + index;
  heights.splice(at, 0, NOTE_MIN_HEIGHT);
  const { placed } = placeGrid(
    heights.map((height, i) => ({ id: String(i), kind: 'note', height })),
    cell.x,
    cell.gridTop,
    cell.columns,
  );
  const slot = placed[at]!;
  return { x: slot.x, y: slot.y, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT };
}

export interface EmotionHit {
  readonly laneId: string;
  readonly personaId: string;
  readonly stageId: string;
  readonly curve: EmotionCurve;
  /** null: the stage has no score yet on this curve (a gap). */
  readonly score: number | null;
  /** Where the face is drawn across the column (overlaid personas sit apart). */
  readonly x: number;
}

/**
 * The emotion point under the pointer (within `radius`), preferring `curve`.
 * In a persona's own emotions lane, a stage without a point is a hit too, so
 * the facilitator can fill a gap by dragging in that column.
 */
export function emotionPointAt(layout: BoardLayout, worldX: number, worldY: number, radius: number, curve: EmotionCurve): EmotionHit | null {
  const row = rowAt(layout, worldY);
  const lane = row && row.kind === 'emotions' ? emotionLaneOf(layout, row.laneId) : null;
  // Only the curve's band: notes kept below the curve stay notes.
  if (!row || !lane || worldY > lane.y + lane.height) return null;
  // Only the curve being edited: a to-be drag must never pick up the as-is face under it.
  for (const c of lane.curves.filter((candidate) => candidate.curve === curve)) {
    for (const p of c.points) {
      if (Math.hypot(p.x - worldX, p.y - worldY) <= radius) {
        return { laneId: lane.laneId, personaId: c.personaId, stageId: p.stageId, curve: c.curve, score: p.score, x: p.x };
      }
    }
  }
  const column = columnAt(layout, worldX);
  if (!column || row.personaId === null) return null;
  const existing = lane.curves.find((c) => c.curve === curve)?.points.find((p) => p.stageId === column.stageId);
  if (existing) return null;
  return { laneId: lane.laneId, personaId: row.personaId, stageId: column.stageId, curve, score: null, x: column.x + column.width / 2 };
}

export function stageDropIndex(layout: BoardLayout, worldX: number): number {
  return layout.columns.filter((c) => c.x + c.width / 2 < worldX).length;
}

export function boundsOf(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
