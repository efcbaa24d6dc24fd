/** The wall itself: lane rows, stage columns and persona band rows, culled to what is visible. */
import type { BoardLayout, Rect } from '../../model/layout';
import type { LaneKind } from '../../model/types';
import { BOARD, FONT_FAMILY } from '../theme';
import type { PaintContext } from './paintContext';

/** Pains and opportunities keep their paper-workshop colours on the wall itself, not only on the notes. */
const laneTint = (kind: LaneKind): string | undefined =>
  kind === 'pains' ? BOARD.painsTint : kind === 'opportunities' ? BOARD.opportunitiesTint : undefined;

/** `background`: what is under the wall; an export passes null to leave its paper (or transparency) showing. */
export function paintGrid(ctx: PaintContext, layout: BoardLayout, visible: Rect, scale: number, background: string | null = BOARD.background): void {
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(visible.x, visible.y, visible.width, visible.height);
  }
  const right = layout.width;
  const bottom = visible.y + visible.height;

  for (const band of layout.bands) {
    if (band.y > bottom || band.y + band.height < visible.y) continue;
    ctx.globalAlpha = band.dimmed ? BOARD.dimAlpha : 1;
    ctx.fillStyle = band.color;
    ctx.globalAlpha *= 0.16;
    ctx.fillRect(0, band.y, right, 44);
    ctx.globalAlpha = band.dimmed ? BOARD.dimAlpha : 1;
    ctx.fillStyle = band.color;
    ctx.fillRect(0, band.y + 40, right, 4);
    // The persona's full name in its band row, following the view sideways: the sticky strip has room for less.
    if (band.name && 18 * scale >= 7) {
      ctx.font = `700 18px ${FONT_FAMILY}`;
      ctx.textBaseline = 'middle';
      ctx.fillStyle = BOARD.wallText;
      ctx.fillText(band.name, Math.max(0, visible.x) + 12, band.y + 21);
    }
  }

  layout.rows.forEach((row, i) => {
    if (row.y > bottom || row.y + row.height < visible.y) return;
    ctx.globalAlpha = row.dimmed ? BOARD.dimAlpha : 1;
    ctx.fillStyle = laneTint(row.kind) ?? (i % 2 === 0 ? BOARD.cell : BOARD.cellAlt);
    ctx.fillRect(0, row.y, right, row.height);
  });
  ctx.globalAlpha = 1;

  for (const column of layout.columns) {
    if (!column.color) continue;
    ctx.fillStyle = column.color;
    ctx.globalAlpha = 0.08;
    ctx.fillRect(column.x, 0, column.width, layout.height);
    ctx.globalAlpha = 1;
  }

  ctx.strokeStyle = BOARD.grid;
  ctx.lineWidth = 1 / scale;
  ctx.beginPath();
  for (const column of layout.columns) {
    ctx.moveTo(column.x, 0);
    ctx.lineTo(column.x, layout.height);
  }
  ctx.moveTo(right, 0);
  ctx.lineTo(right, layout.height);
  for (const row of layout.rows) {
    if (row.y > bottom || row.y + row.height < visible.y) continue;
    ctx.moveTo(0, row.y + row.height);
    ctx.lineTo(right, row.y + row.height);
  }
  ctx.stroke();
}
