/**
 * Semantic zoom: what the wall shows where note text would be unreadable. A
 * room looking at a zoomed-out wall needs where things are and how many, not
 * hairlines and empty boxes, so below the zoom at which notes lose their text:
 * - a cell with room for a line per note lists them, one strip of paper each
 *   with the start of its text at a readable size (a sparse workshop wall);
 * - a fuller cell shows its count of notes (or touchpoints) in a large figure;
 *   a lone note is left as its paper block;
 * - a cell with room repeats its lane's title;
 * - columns too narrow for a count carry their stage's name written down the
 *   column instead, once per persona band, clear of its emotion curves.
 * Text here is sized in screen pixels (world size = pixels / scale), so it reads
 * the same at 25 % and at fit.
 */
import type { PaintContext } from './paintContext';
import type { BandBox, BoardLayout, CellBox, ColumnBox, NoteBox, Rect, RowBox } from '../../model/layout';
import { BOARD, FONT_FAMILY, NOTE_PAINT } from '../theme';
import { ellipsize } from './ellipsize';
import { startOf } from './splitLine';
import { TEXT_MIN_SCALE } from './paintNotes';

/** Screen sizes, in pixels. */
const COUNT_MAX_PX = 32;
const COUNT_MIN_PX = 10;
const TITLE_PX = 13;
/** A cell narrower than this on screen gets no lane title. */
const TITLE_MIN_CELL_PX = 84;
/** A column narrower than this on screen has its stage name written down it instead of counts. */
const VERTICAL_BELOW_PX = 40;
const VERTICAL_NAME_PX = 14;
const LIST_PX = 13;
const LIST_LINE_PX = 16;
/** Only the start of a note (or of a lane title) is drawn; measuring a pasted 5,000-character text would cost a frame. */
const LIST_CHARS = 60;
const TITLE_CHARS = 100;
/** A cell with more notes shows its count: a long list is not a summary, and ellipsizing it costs a frame. */
const LIST_MAX = 8;

export function showsSummary(scale: number): boolean {
  return scale < TEXT_MIN_SCALE;
}

const overlaps = (y: number, height: number, visible: Rect) => y < visible.y + visible.height && y + height > visible.y;

function haloText(ctx: PaintContext, text: string, x: number, y: number, scale: number): void {
  ctx.lineWidth = 4 / scale;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.strokeText(text, x, y);
  ctx.fillText(text, x, y);
}

/** One strip per note, in its paper colour, with the start of its text. */
function paintList(ctx: PaintContext, notes: readonly NoteBox[], cell: CellBox, top: number, scale: number): void {
  const x = cell.x + 6 / scale;
  const width = cell.width - 12 / scale;
  ctx.font = `${LIST_PX / scale}px ${FONT_FAMILY}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  notes.forEach((note, i) => {
    const y = top + (i * LIST_LINE_PX) / scale;
    ctx.fillStyle = NOTE_PAINT[note.color].fill;
    ctx.fillRect(x, y, width, (LIST_LINE_PX - 2) / scale);
    ctx.fillStyle = NOTE_PAINT[note.color].edge;
    ctx.fillRect(x, y, 3 / scale, (LIST_LINE_PX - 2) / scale);
    ctx.fillStyle = BOARD.text;
    const text = startOf(note.lines.join(' '), LIST_CHARS);
    ctx.fillText(ellipsize(ctx, text, width - 10 / scale), x + 6 / scale, y + (LIST_LINE_PX - 2) / 2 / scale);
  });
}

/**
 * What a cell shows at this zoom, in screen pixels: its lane title (with room),
 * then either a list of its notes, its count, or nothing (no room, no notes,
 * or a few touchpoint cards, which read by their channel icons).
 */
export type CellSummary =
  | { readonly kind: 'none'; readonly withTitle: boolean }
  | { readonly kind: 'list'; readonly withTitle: boolean; readonly room: number }
  | { readonly kind: 'count'; readonly withTitle: boolean; readonly room: number; readonly size: number; readonly count: number };

export function cellSummary(cell: CellBox, scale: number): CellSummary {
  const width = cell.width * scale;
  const height = cell.height * scale;
  const withTitle = width >= TITLE_MIN_CELL_PX && height >= TITLE_PX * 3.2;
  const count = cell.noteIds.length + cell.leading.length;
  if (count === 0 || width < VERTICAL_BELOW_PX) return { kind: 'none', withTitle };
  const room = withTitle ? height - TITLE_PX - 12 : height;
  if (width >= TITLE_MIN_CELL_PX && count <= LIST_MAX && count * LIST_LINE_PX <= room - 4) {
    return cell.leading.length > 0 ? { kind: 'none', withTitle } : { kind: 'list', withTitle, room };
  }
  // A lone note's paper already says "one"; a figure on it would only hide its colour.
  const size = Math.min(COUNT_MAX_PX, room * 0.6, width * 0.45);
  return size < COUNT_MIN_PX || count < 2 ? { kind: 'none', withTitle } : { kind: 'count', withTitle, room, size, count };
}

/** The notes (or their count) and, with room, the lane title of one cell. */
function paintCell(ctx: PaintContext, layout: BoardLayout, row: RowBox, cell: CellBox, scale: number): void {
  const summary = cellSummary(cell, scale);
  const height = cell.height * scale;
  if (summary.withTitle) {
    ctx.font = `600 ${TITLE_PX / scale}px ${FONT_FAMILY}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = BOARD.mutedText;
    haloText(ctx, ellipsize(ctx, startOf(row.title, TITLE_CHARS), cell.width - 16 / scale), cell.x + 8 / scale, cell.y + 6 / scale, scale);
  }
  if (summary.kind === 'none') return;
  const room = summary.room;
  if (summary.kind === 'list') {
    const notes = cell.noteIds.map((id) => layout.noteIndex[id]).filter((n): n is NoteBox => n !== undefined);
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.fillRect(cell.x, cell.y + (height - room) / scale, cell.width, room / scale);
    paintList(ctx, notes, cell, cell.y + (height - room + 2) / scale, scale);
    return;
  }
  const { size } = summary;
  const text = String(summary.count);
  ctx.font = `700 ${size / scale}px ${FONT_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const cx = cell.x + cell.width / 2;
  const cy = cell.y + cell.height - room / 2 / scale;
  const pillWidth = ctx.measureText(text).width + (size * 0.9) / scale;
  const pillHeight = (size * 1.35) / scale;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.beginPath();
  ctx.roundRect(cx - pillWidth / 2, cy - pillHeight / 2, pillWidth, pillHeight, pillHeight / 2);
  ctx.fill();
  ctx.lineWidth = 2 / scale;
  ctx.strokeStyle = row.bandColor;
  ctx.stroke();
  ctx.fillStyle = BOARD.text;
  ctx.fillText(text, cx, cy + (size * 0.04) / scale);
}

/**
 * Where a band's stage names go: the longest run of its visible rows between
 * emotion lanes, so the names never cover a curve.
 */
function nameSpan(layout: BoardLayout, band: BandBox, visible: Rect): { top: number; bottom: number } {
  const top = Math.max(band.y, visible.y);
  const bottom = Math.min(band.y + band.height, visible.y + visible.height);
  const cuts = layout.emotionLanes.filter((lane) => lane.y < bottom && lane.y + lane.height > top);
  let best = { top, bottom: top };
  let from = top;
  for (const lane of [...cuts].sort((a, b) => a.y - b.y)) {
    if (lane.y - from > best.bottom - best.top) best = { top: from, bottom: lane.y };
    from = Math.max(from, lane.y + lane.height);
  }
  return bottom - from > best.bottom - best.top ? { top: from, bottom } : best;
}

/** The stage's name written down a narrow column, once per band, clear of the emotion curves. */
function paintVerticalStageNames(ctx: PaintContext, layout: BoardLayout, columns: readonly ColumnBox[], visible: Rect, scale: number): void {
  ctx.font = `700 ${VERTICAL_NAME_PX / scale}px ${FONT_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const band of layout.bands) {
    if (!overlaps(band.y, band.height, visible)) continue;
    const { top, bottom } = nameSpan(layout, band, visible);
    const room = bottom - top - 16 / scale;
    if (room * scale < 40) continue;
    ctx.globalAlpha = band.dimmed ? BOARD.dimAlpha : 1;
    for (const column of columns) {
      ctx.save();
      ctx.translate(column.x + column.width / 2, (top + bottom) / 2);
      ctx.rotate(-Math.PI / 2);
      ctx.fillStyle = BOARD.text;
      haloText(ctx, ellipsize(ctx, column.name, room), 0, 0, scale);
      ctx.restore();
    }
  }
  ctx.globalAlpha = 1;
}

export function paintCellSummary(ctx: PaintContext, layout: BoardLayout, visible: Rect, scale: number): void {
  if (!showsSummary(scale)) return;
  const columns = layout.columns.filter((c) => c.x < visible.x + visible.width && c.x + c.width > visible.x);
  const narrow = columns.filter((c) => c.width * scale < VERTICAL_BELOW_PX);
  for (const row of layout.rows) {
    if (row.collapsed || row.kind === 'emotions' || !overlaps(row.y, row.height, visible)) continue;
    ctx.globalAlpha = row.dimmed ? BOARD.dimAlpha : 1;
    for (const column of columns) {
      const cell = layout.cells[`${row.laneId}|${column.stageId}`];
      if (cell) paintCell(ctx, layout, row, cell, scale);
    }
  }
  ctx.globalAlpha = 1;
  // A name needs a column at least as wide as its line; narrower (a wall of many stages far out), the names would run into each other.
  const named = narrow.filter((c) => c.width * scale >= VERTICAL_NAME_PX);
  if (named.length > 0) paintVerticalStageNames(ctx, layout, named, visible, scale);
  ctx.textAlign = 'left';
}
