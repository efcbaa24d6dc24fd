/** The interaction layer: selection, the selected cell, the drop preview and the marquee. Cheap to redraw on every pointer move. */
import type { BoardLayout, CellBox, Rect } from '../../model/layout';
import { intersects } from '../../model/layout';
import { BOARD } from '../theme';
import type { PaintContext } from './paintContext';

export interface InteractionState {
  readonly selectedNoteIds: ReadonlySet<string>;
  readonly selectedTouchpointIds: ReadonlySet<string>;
  readonly selectedCell: CellBox | null;
  readonly dropPreview: Rect | null;
  readonly dropCell: CellBox | null;
  readonly marquee: Rect | null;
  readonly resizeGuideX: number | null;
}

export function paintInteraction(
  ctx: PaintContext,
  layout: BoardLayout,
  visible: Rect,
  scale: number,
  state: InteractionState,
): void {
  const line = 1 / scale;
  if (state.selectedCell) {
    // The cell cursor: a solid ring (it was dashed), to be found from the back of the room while typing.
    const cell = state.selectedCell;
    ctx.strokeStyle = BOARD.selection;
    ctx.lineWidth = 3 * line;
    ctx.strokeRect(cell.x + 1.5 * line, cell.y + 1.5 * line, cell.width - 3 * line, cell.height - 3 * line);
  }
  if (state.dropCell) {
    ctx.fillStyle = 'rgba(37, 99, 235, 0.06)';
    const c = state.dropCell;
    ctx.fillRect(c.x, c.y, c.width, c.height);
  }
  if (state.dropPreview) {
    const r = state.dropPreview;
    ctx.fillStyle = BOARD.dropPreview;
    ctx.fillRect(r.x, r.y, r.width, r.height);
    ctx.strokeStyle = BOARD.selection;
    ctx.lineWidth = 2 * line;
    ctx.setLineDash([8 * line, 6 * line]);
    ctx.strokeRect(r.x, r.y, r.width, r.height);
    ctx.setLineDash([]);
  }
  ctx.strokeStyle = BOARD.selection;
  ctx.lineWidth = 3 * line;
  for (const id of state.selectedNoteIds) {
    const box = layout.noteIndex[id];
    if (box && intersects(box, visible)) ctx.strokeRect(box.x - 2 * line, box.y - 2 * line, box.width + 4 * line, box.height + 4 * line);
  }
  for (const box of layout.touchpoints) {
    if (state.selectedTouchpointIds.has(box.id)) ctx.strokeRect(box.x - 2 * line, box.y - 2 * line, box.width + 4 * line, box.height + 4 * line);
  }
  if (state.marquee) {
    const m = state.marquee;
    ctx.fillStyle = BOARD.marquee;
    ctx.fillRect(m.x, m.y, m.width, m.height);
    ctx.lineWidth = line;
    ctx.strokeRect(m.x, m.y, m.width, m.height);
  }
  if (state.resizeGuideX !== null) {
    ctx.fillStyle = BOARD.selection;
    ctx.fillRect(state.resizeGuideX - line, visible.y, 2 * line, visible.height);
  }
}
