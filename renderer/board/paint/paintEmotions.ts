/** The emotion lane: shaded good and bad zones, one smooth curve per persona (dashed for the to-be curve), and a face per point. */
import type { BoardLayout, EmotionCurveBox, EmotionLaneBox, Rect } from '../../model/layout';
import { intersects, yForScore } from '../../model/layout';
import { EMOTION_MAX, EMOTION_MIN } from '../../model/schema';
import { faceFor, strokeIcon } from '../icons';
import { BOARD, FONT_FAMILY } from '../theme';
import type { PaintContext } from './paintContext';

export interface EmotionLabels {
  readonly legendTarget: string;
  readonly personaName: (personaId: string) => string;
}

export const FACE_RADIUS = 15;

function traceCurve(ctx: PaintContext, curve: EmotionCurveBox): void {
  ctx.beginPath();
  for (const segment of curve.segments) {
    ctx.moveTo(segment.start[0], segment.start[1]);
    for (const [c1x, c1y, c2x, c2y, x, y] of segment.spans) ctx.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
  }
}

export function paintFace(ctx: PaintContext, x: number, y: number, score: number, color: string, filled: boolean): void {
  ctx.beginPath();
  ctx.arc(x, y, FACE_RADIUS, 0, Math.PI * 2);
  ctx.fillStyle = filled ? color : '#ffffff';
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = color;
  ctx.stroke();
  strokeIcon(ctx, faceFor(score), x, y, FACE_RADIUS * 1.7, filled ? '#ffffff' : color);
}

function paintLane(ctx: PaintContext, lane: EmotionLaneBox, scale: number, labels: EmotionLabels): void {
  const top = yForScore(lane, EMOTION_MAX);
  const bottom = yForScore(lane, EMOTION_MIN);
  ctx.fillStyle = 'rgba(34, 197, 94, 0.10)';
  ctx.fillRect(lane.x, top, lane.width, lane.zeroY - top);
  ctx.fillStyle = 'rgba(239, 68, 68, 0.10)';
  ctx.fillRect(lane.x, lane.zeroY, lane.width, bottom - lane.zeroY);
  ctx.fillStyle = '#94a3b8';
  ctx.fillRect(lane.x, lane.zeroY - 0.75 / scale, lane.width, 1.5 / scale);
  ctx.font = `600 13px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#15803d';
  ctx.fillText('+3', lane.x + 6, top);
  ctx.fillStyle = '#b91c1c';
  ctx.fillText('−3', lane.x + 6, bottom);

  const personaOrder = new Map([...new Set(lane.curves.map((c) => c.personaId))].map((id, i) => [id, i]));
  for (const curve of lane.curves) {
    ctx.globalAlpha = curve.dimmed ? BOARD.dimAlpha : 1;
    ctx.strokeStyle = curve.color;
    ctx.lineWidth = 4;
    ctx.lineCap = 'round';
    ctx.setLineDash(curve.curve === 'target' ? [12, 9] : []);
    traceCurve(ctx, curve);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const point of curve.points) {
      paintFace(ctx, point.x, point.y, point.score, curve.color, curve.curve === 'current');
      if (point.label) {
        ctx.font = `14px ${FONT_FAMILY}`;
        ctx.textBaseline = 'top';
        ctx.textAlign = 'center';
        // Every other persona's labels go above its faces, so overlaid labels do not collide.
        const above = personaOrder.get(curve.personaId)! % 2 === 1;
        const below = above ? point.y - FACE_RADIUS - 24 : point.y + FACE_RADIUS + 4;
        const width = ctx.measureText(point.label).width + 10;
        ctx.fillStyle = 'rgba(255,255,255,0.92)';
        ctx.fillRect(point.x - width / 2, below, width, 20);
        ctx.fillStyle = BOARD.text;
        ctx.fillText(point.label, point.x, below + 2);
        ctx.textAlign = 'left';
      }
    }
  }
  ctx.globalAlpha = 1;

  const personas = [...new Map(lane.curves.map((c) => [c.personaId, c])).values()];
  if (personas.length > 1 || lane.curves.some((c) => c.curve === 'target')) {
    paintLegend(ctx, lane, personas, labels);
  }
}

/** One row along the top edge of the lane, above the +3 faces, so it never covers a point. */
function paintLegend(ctx: PaintContext, lane: EmotionLaneBox, personas: EmotionCurveBox[], labels: EmotionLabels): void {
  ctx.font = `600 14px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  const entries = personas.map((c) => ({ color: c.color, text: labels.personaName(c.personaId), dashed: false }));
  if (lane.curves.some((c) => c.curve === 'target')) entries.push({ color: '#475569', text: labels.legendTarget, dashed: true });
  const widths = entries.map((e) => ctx.measureText(e.text).width + 48);
  const total = widths.reduce((a, b) => a + b, 0);
  let x = lane.x + lane.width - total - 8;
  const cy = lane.y + 13;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(x - 4, lane.y + 2, total + 8, 22);
  entries.forEach((entry, i) => {
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 4;
    ctx.setLineDash(entry.dashed ? [6, 4] : []);
    ctx.beginPath();
    ctx.moveTo(x + 4, cy);
    ctx.lineTo(x + 28, cy);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = BOARD.text;
    ctx.fillText(entry.text, x + 34, cy);
    x += widths[i]!;
  });
}

export function paintEmotions(ctx: PaintContext, layout: BoardLayout, visible: Rect, scale: number, labels: EmotionLabels): void {
  for (const lane of layout.emotionLanes) if (intersects(lane, visible)) paintLane(ctx, lane, scale, labels);
}
