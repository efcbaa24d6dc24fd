/**
 * A stage's name in the sticky stage strip, at whatever width the zoom leaves
 * its column: one line when it fits, two lines (split between words) when the
 * column is narrow, and only its number when even that would be cut to a few
 * letters. A room reads "2. Consider-" + "ation" better than "2. Considera…".
 */
import type { PaintContext } from './paintContext';
import type { ColumnBox } from '../../model/layout';
import { FONT_FAMILY, STAGE_STRIP_HEIGHT } from '../theme';
import { ellipsize } from './ellipsize';
import { splitLine } from './splitLine';

/** Below this on-screen column width the strip shows the stage's number only. */
const NUMBER_ONLY_BELOW = 52;

/** Paints the label of `column`, whose left edge is at screen `x` and which is `width` screen pixels wide. */
export function paintStageLabel(ctx: PaintContext, column: ColumnBox, x: number, width: number): void {
  const label = `${column.index + 1}. ${column.name}`;
  const room = width - 24;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${Math.round(Math.min(18, Math.max(12, width / 9)))}px ${FONT_FAMILY}`;
  if (ctx.measureText(label).width <= room) {
    ctx.fillText(label, x + 12, STAGE_STRIP_HEIGHT / 2 - 2);
    return;
  }
  if (width < NUMBER_ONLY_BELOW) {
    ctx.font = `700 15px ${FONT_FAMILY}`;
    // Narrower than its own number (many stages, far out): nothing, rather than numbers run together.
    const number = String(column.index + 1);
    if (ctx.measureText(number).width > width) return;
    ctx.textAlign = 'center';
    ctx.fillText(number, x + width / 2, STAGE_STRIP_HEIGHT / 2 - 2);
    ctx.textAlign = 'left';
    return;
  }
  const inner = width - 14;
  // The largest of 13, 12 or 11 px at which no word of the name is cut.
  const size = [13, 12, 11].find((px) => {
    ctx.font = `600 ${px}px ${FONT_FAMILY}`;
    return label.split(' ').every((word) => ctx.measureText(word).width <= inner);
  });
  ctx.font = `600 ${size ?? 11}px ${FONT_FAMILY}`;
  const [first, rest] = splitLine(ctx, label, inner);
  if (!rest) {
    ctx.fillText(ellipsize(ctx, first, inner), x + 7, STAGE_STRIP_HEIGHT / 2 - 2);
    return;
  }
  ctx.fillText(ellipsize(ctx, first, inner), x + 7, 15);
  ctx.fillText(ellipsize(ctx, rest, inner), x + 7, 32);
}
