/** Sticky notes drawn straight onto a 2D context, in world units, from the layout's boxes. */
import type { BoardLayout, NoteBox, Rect } from '../../model/layout';
import { cellsIn, intersects } from '../../model/layout';
import { LINE_HEIGHT, NOTE_TEXT_PADDING } from '../../model/textFit';
import { BOARD, FONT_FAMILY, NOTE_PAINT } from '../theme';
import type { PaintContext } from './paintContext';

/**
 * Below this zoom note text is unreadable anyway: every note is drawn as a
 * plain block of its paper, which is much cheaper, and the cell summary
 * (paintCellSummary.ts) says what the cell holds. One threshold for all notes,
 * so a long note in a small font never turns into a block while its neighbours keep text.
 * At 40 % a 20 px note font is 8 px on screen: about the smallest a room can read.
 */
export const TEXT_MIN_SCALE = 0.4;

/** Below this on-screen width a note is a plain swatch: shadows and edges would not be seen. */
const MIN_DETAILED_WIDTH_PX = 40;

export function paintNote(ctx: PaintContext, box: Rect & Pick<NoteBox, 'color' | 'fontSize' | 'lines'>, scale: number): void {
  const paint = NOTE_PAINT[box.color];
  if (box.width * scale < MIN_DETAILED_WIDTH_PX) {
    ctx.fillStyle = paint.fill;
    ctx.fillRect(box.x, box.y, box.width, box.height);
    return;
  }
  ctx.fillStyle = 'rgba(15, 23, 42, 0.18)';
  ctx.fillRect(box.x + 2, box.y + 3, box.width, box.height);
  ctx.fillStyle = paint.fill;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = paint.edge;
  ctx.fillRect(box.x, box.y, box.width, 5);
  if (scale < TEXT_MIN_SCALE) return;
  ctx.fillStyle = BOARD.text;
  ctx.font = `${box.fontSize}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'top';
  const lineHeight = box.fontSize * LINE_HEIGHT;
  let y = box.y + NOTE_TEXT_PADDING + (lineHeight - box.fontSize) / 2;
  for (const line of box.lines) {
    ctx.fillText(line, box.x + NOTE_TEXT_PADDING, y);
    y += lineHeight;
  }
}

/**
 * Below this on-screen width (Fit on a 10,000-note wall is about 1 %) the notes
 * of a cell are drawn as one block in the paper of its first note: ten thousand
 * one-pixel rectangles cost a frame, and no one could tell them apart.
 */
const MERGE_BELOW_PX = 3;

function paintMerged(ctx: PaintContext, notes: Iterable<NoteBox>, visible: Rect, hidden: ReadonlySet<string>): number {
  let run: { cell: string; box: NoteBox; left: number; top: number; right: number; bottom: number } | null = null;
  let drawn = 0;
  const flush = () => {
    if (!run) return;
    ctx.globalAlpha = run.box.dimmed ? BOARD.dimAlpha : 1;
    ctx.fillStyle = NOTE_PAINT[run.box.color].fill;
    ctx.fillRect(run.left, run.top, run.right - run.left, run.bottom - run.top);
  };
  for (const box of notes) {
    if (hidden.has(box.id) || !intersects(box, visible)) continue;
    drawn++;
    const cell = `${box.laneId}|${box.stageId}`;
    if (run && run.cell === cell) {
      run.left = Math.min(run.left, box.x);
      run.top = Math.min(run.top, box.y);
      run.right = Math.max(run.right, box.x + box.width);
      run.bottom = Math.max(run.bottom, box.y + box.height);
      continue;
    }
    flush();
    run = { cell, box, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  }
  flush();
  ctx.globalAlpha = 1;
  return drawn;
}

/** The notes of the cells that `visible` reaches, in the order of `layout.notes`. */
function* notesNear(layout: BoardLayout, visible: Rect): Generator<NoteBox> {
  for (const cell of cellsIn(layout, visible)) {
    for (const id of cell.noteIds) {
      const box = layout.noteIndex[id];
      if (box) yield box;
    }
  }
}

export function paintNotes(
  ctx: PaintContext,
  layout: BoardLayout,
  visible: Rect,
  scale: number,
  hidden: ReadonlySet<string>,
): number {
  const notes = notesNear(layout, visible);
  if ((layout.notes[0]?.width ?? 0) * scale < MERGE_BELOW_PX) return paintMerged(ctx, notes, visible, hidden);
  return paintNoteBoxes(ctx, notes, visible, scale, hidden);
}

/** Paints the given notes that reach into `visible`, each in full; an export hands them over a batch at a time. */
export function paintNoteBoxes(
  ctx: PaintContext,
  notes: Iterable<NoteBox>,
  visible: Rect,
  scale: number,
  hidden: ReadonlySet<string>,
): number {
  let drawn = 0;
  let dimmed = false;
  for (const box of notes) {
    if (hidden.has(box.id) || !intersects(box, visible)) continue;
    if (box.dimmed !== dimmed) {
      dimmed = box.dimmed;
      ctx.globalAlpha = dimmed ? BOARD.dimAlpha : 1;
    }
    paintNote(ctx, box, scale);
    drawn++;
  }
  ctx.globalAlpha = 1;
  return drawn;
}
