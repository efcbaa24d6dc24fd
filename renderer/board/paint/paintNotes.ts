/** Sticky notes drawn straight onto a 2D context, in world units, from the layout's boxes. */
import type { NoteBox, Rect } from '../../model/layout';
import { intersects } from '../../model/layout';
import { LINE_HEIGHT, NOTE_TEXT_PADDING } from '../../model/textFit';
import { BOARD, FONT_FAMILY, NOTE_PAINT } from '../theme';
import type { PaintContext } from './paintContext';

/**
 * Below this zoom note text is unreadable anyway: every note is drawn as a
 * block, which is much cheaper. One threshold for all notes, so a long note
 * in a small font never turns into a block while its neighbours keep text.
 */
const TEXT_MIN_SCALE = 0.3;

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
  if (scale < TEXT_MIN_SCALE) {
    ctx.fillStyle = 'rgba(17, 24, 39, 0.25)';
    const lines = Math.min(box.lines.length, 3);
    for (let i = 0; i < lines; i++) ctx.fillRect(box.x + 12, box.y + 18 + i * 18, box.width * (i === lines - 1 ? 0.5 : 0.8), 8);
    return;
  }
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

export function paintNotes(
  ctx: PaintContext,
  notes: readonly NoteBox[],
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
