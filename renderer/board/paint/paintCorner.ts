/**
 * The top-left corner where the two sticky strips meet: the map's goal, in two
 * lines under a small caption, so the room always sees what the map is for
 * (seed 003: set the goal first). Without a goal it names the map's type.
 * Painted after both strips, since each of them reaches into the corner.
 */
import type { PaintContext } from './paintContext';
import { BOARD, FONT_FAMILY, LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from '../theme';
import { ellipsize } from './ellipsize';
import { splitLine, startOf } from './splitLine';

export interface CornerLabels {
  /** The map type, e.g. "Current state". */
  readonly corner: string;
  readonly goal: string;
  readonly goalCaption: string;
}

export function paintCorner(ctx: PaintContext, labels: CornerLabels): void {
  const width = LANE_STRIP_WIDTH - 28;
  ctx.globalAlpha = 1;
  ctx.fillStyle = BOARD.headerFill;
  ctx.fillRect(0, 0, LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  // Two lines hold about 60 characters: the rest of a long goal (up to 2,000) is never measured.
  const goal = startOf(labels.goal, 160).replace(/\s+/g, ' ').trim();
  if (!goal) {
    ctx.fillStyle = '#cbd5e1';
    ctx.font = `600 13px ${FONT_FAMILY}`;
    ctx.fillText(ellipsize(ctx, labels.corner, width), 16, STAGE_STRIP_HEIGHT / 2);
    return;
  }
  ctx.fillStyle = '#93c5fd';
  ctx.font = `700 10px ${FONT_FAMILY}`;
  ctx.fillText(ellipsize(ctx, `${labels.goalCaption.toUpperCase()} · ${labels.corner}`, width), 14, 12);
  ctx.fillStyle = '#ffffff';
  ctx.font = `600 13px ${FONT_FAMILY}`;
  const [first, rest] = splitLine(ctx, goal, width);
  ctx.fillText(ellipsize(ctx, first, width), 14, 27);
  if (rest) ctx.fillText(ellipsize(ctx, rest, width), 14, 42);
}
