/**
 * Present mode's paint passes: over the world, the other stages dimmed and the
 * lanes a build has not revealed yet hidden; over the interaction layer, the
 * laser pointer. The rectangles come from the layout (model/present/dim.ts).
 */
import type { BoardLayout, Rect } from '../../model/layout';
import { dimmedRects, hiddenLaneRects } from '../../model/present';
import { BOARD } from '../theme';
import type { PaintContext } from './paintContext';

/** Strong enough that the room looks at the framed stage, light enough that the others stay recognisable. */
const DIM_ALPHA = 0.72;
const LASER = { colour: '#ef4444', glow: 'rgba(239, 68, 68, 0.35)', radius: 9 } as const;

export interface PresentPaint {
  readonly stageId: string | null;
  /** Lanes of the framed stage shown during a build; null when every lane shows. */
  readonly revealedLanes: number | null;
}

export function paintPresentWorld(ctx: PaintContext, layout: BoardLayout, state: PresentPaint): void {
  if (!state.stageId) return;
  const fill = (rects: readonly Rect[]) => {
    for (const r of rects) ctx.fillRect(r.x, r.y, r.width, r.height);
  };
  ctx.globalAlpha = DIM_ALPHA;
  ctx.fillStyle = BOARD.background;
  fill(dimmedRects(layout, state.stageId));
  ctx.globalAlpha = 1;
  if (state.revealedLanes !== null) {
    ctx.fillStyle = BOARD.cell;
    fill(hiddenLaneRects(layout, state.stageId, state.revealedLanes));
  }
}

/** A red dot with a soft halo, the same size on screen at every zoom. */
export function paintLaser(ctx: PaintContext, point: { readonly x: number; readonly y: number }, scale: number): void {
  const r = LASER.radius / scale;
  ctx.beginPath();
  ctx.arc(point.x, point.y, r * 2.2, 0, Math.PI * 2);
  ctx.fillStyle = LASER.glow;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(point.x, point.y, r, 0, Math.PI * 2);
  ctx.fillStyle = LASER.colour;
  ctx.fill();
}
