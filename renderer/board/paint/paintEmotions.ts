/** The emotion lane: shaded good and bad zones, one smooth curve per persona and curve (as-is solid, to-be dashed and lighter), a face per point, and a legend. */
import type { BoardLayout, EmotionCurveBox, EmotionLaneBox, Rect } from '../../model/layout';
import { intersects, yForScore } from '../../model/layout';
import { EMOTION_MAX, EMOTION_MIN } from '../../model/schema';
import { faceFor, strokeIcon } from '../icons';
import { BOARD, FONT_FAMILY, LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from '../theme';
import type { PaintContext } from './paintContext';

export interface EmotionLabels {
  readonly legendCurrent: string;
  readonly legendTarget: string;
  readonly personaName: (personaId: string) => string;
}

export const FACE_RADIUS = 15;

/**
 * The as-is curve is the one the room argues about: solid, thick, opaque, with
 * filled faces. The to-be curve is a promise: dashed, thinner, see-through, with
 * hollow faces. Both keep a minimum on-screen weight so a zoomed-out wall never
 * shows hairlines.
 */
const CURVE_STYLE = {
  current: { width: 5, minPx: 3.5, alpha: 1, dash: null },
  target: { width: 3, minPx: 2.5, alpha: 0.7, dash: [14, 10] },
} as const;

/** A face's on-screen radius never drops below this while the lane has room for it. */
const FACE_MIN_PX = 8;

function traceCurve(ctx: PaintContext, curve: EmotionCurveBox): void {
  ctx.beginPath();
  for (const segment of curve.segments) {
    ctx.moveTo(segment.start[0], segment.start[1]);
    for (const [c1x, c1y, c2x, c2y, x, y] of segment.spans) ctx.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
  }
}

export function paintFace(ctx: PaintContext, x: number, y: number, score: number, color: string, filled: boolean, radius = FACE_RADIUS): void {
  // A white halo keeps overlapping faces of different personas apart.
  ctx.beginPath();
  ctx.arc(x, y, radius * 1.22, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = filled ? color : '#ffffff';
  ctx.fill();
  ctx.lineWidth = radius / 6;
  ctx.strokeStyle = color;
  ctx.stroke();
  strokeIcon(ctx, faceFor(score), x, y, radius * 1.7, filled ? '#ffffff' : color);
}

/** Below this on-screen radius a face's expression cannot be seen: it is drawn as a plain dot on its curve. */
const FACE_DETAIL_PX = 6;

function paintDot(ctx: PaintContext, x: number, y: number, color: string, filled: boolean, radius: number, scale: number): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = filled ? color : '#ffffff';
  ctx.fill();
  ctx.lineWidth = 1.5 / scale;
  ctx.strokeStyle = color;
  ctx.stroke();
}

/** The radius faces get at this zoom: at least FACE_MIN_PX on screen, at most a sixth of the lane. */
export function faceRadius(lane: Rect, scale: number): number {
  return Math.max(FACE_RADIUS, Math.min(FACE_MIN_PX / scale, lane.height / 6));
}

const pointKey = (personaId: string, stageId: string, score: number) => `${personaId}|${stageId}|${score}`;

function paintLane(ctx: PaintContext, lane: EmotionLaneBox, visible: Rect, scale: number, labels: EmotionLabels): void {
  const top = yForScore(lane, EMOTION_MAX);
  const bottom = yForScore(lane, EMOTION_MIN);
  ctx.fillStyle = 'rgba(34, 197, 94, 0.10)';
  ctx.fillRect(lane.x, top, lane.width, lane.zeroY - top);
  ctx.fillStyle = 'rgba(239, 68, 68, 0.10)';
  ctx.fillRect(lane.x, lane.zeroY, lane.width, bottom - lane.zeroY);
  ctx.fillStyle = '#94a3b8';
  ctx.fillRect(lane.x, lane.zeroY - 0.75 / scale, lane.width, 1.5 / scale);
  if (13 * scale >= 7) {
    ctx.font = `600 13px ${FONT_FAMILY}`;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#15803d';
    ctx.fillText('+3', lane.x + 6, top);
    ctx.fillStyle = '#b91c1c';
    ctx.fillText('−3', lane.x + 6, bottom);
  }

  const radius = faceRadius(lane, scale);
  // Where a persona's to-be score equals its as-is score, the to-be face would sit exactly on
  // the as-is face; it is drawn as a dashed ring around it instead.
  const asIs = new Set(lane.curves.filter((c) => c.curve === 'current').flatMap((c) => c.points.map((p) => pointKey(c.personaId, p.stageId, p.score))));
  const personaOrder = new Map([...new Set(lane.curves.map((c) => c.personaId))].map((id, i) => [id, i]));
  // To-be curves first, so the as-is curves and faces sit on top of them.
  const ordered = [...lane.curves].sort((a, b) => (a.curve === b.curve ? 0 : a.curve === 'target' ? -1 : 1));
  for (const curve of ordered) {
    const style = CURVE_STYLE[curve.curve];
    const dimmed = curve.dimmed ? BOARD.dimAlpha : 1;
    ctx.globalAlpha = dimmed * style.alpha;
    ctx.strokeStyle = curve.color;
    ctx.lineWidth = Math.max(style.width, style.minPx / scale);
    ctx.lineCap = 'round';
    ctx.setLineDash(style.dash ? style.dash.map((d) => Math.max(d, (d * 0.6) / scale)) : []);
    traceCurve(ctx, curve);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const point of curve.points) {
      if (curve.curve === 'target' && asIs.has(pointKey(curve.personaId, point.stageId, point.score))) {
        ctx.beginPath();
        ctx.arc(point.x, point.y, radius * 1.45, 0, Math.PI * 2);
        ctx.lineWidth = Math.max(3, 2 / scale);
        ctx.setLineDash([radius * 0.45, radius * 0.3]);
        ctx.stroke();
        ctx.setLineDash([]);
        continue;
      }
      if (radius * scale >= FACE_DETAIL_PX) paintFace(ctx, point.x, point.y, point.score, curve.color, curve.curve === 'current', radius);
      else paintDot(ctx, point.x, point.y, curve.color, curve.curve === 'current', radius, scale);
      if (point.label && 14 * scale >= 7) {
        ctx.font = `14px ${FONT_FAMILY}`;
        ctx.textBaseline = 'top';
        ctx.textAlign = 'center';
        // Every other persona's labels go above its faces, so overlaid labels do not collide.
        const above = personaOrder.get(curve.personaId)! % 2 === 1;
        const below = above ? point.y - radius - 24 : point.y + radius + 4;
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
    paintLegend(ctx, lane, personas, visible, scale, labels);
  }
}

/**
 * One row at the top of the lane, above the +3 faces: a line per persona, and
 * the as-is and to-be styles when the lane has a to-be curve. It keeps a
 * readable size when zoomed out, and stays below the sticky stage strip and
 * right of the lane strip while the lane is scrolled under them.
 */
function paintLegend(ctx: PaintContext, lane: EmotionLaneBox, personas: EmotionCurveBox[], visible: Rect, scale: number, labels: EmotionLabels): void {
  const unit = Math.max(1, 0.9 / scale);
  const height = 22 * unit;
  if (height > lane.height * 0.4) return;
  const entries: { color: string; text: string; curve: 'current' | 'target' }[] =
    personas.length > 1 ? personas.map((c) => ({ color: c.color, text: labels.personaName(c.personaId), curve: 'current' })) : [];
  if (lane.curves.some((c) => c.curve === 'target')) {
    entries.push({ color: '#475569', text: labels.legendCurrent, curve: 'current' }, { color: '#475569', text: labels.legendTarget, curve: 'target' });
  }
  ctx.font = `600 ${14 * unit}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const widths = entries.map((e) => ctx.measureText(e.text).width + 48 * unit);
  const total = widths.reduce((a, b) => a + b, 0);
  const stripBottom = visible.y + STAGE_STRIP_HEIGHT / scale;
  const y = Math.max(lane.y + 2 * unit, stripBottom + 4 * unit);
  if (y + height > lane.y + lane.height) return;
  const left = Math.max(lane.x, visible.x + LANE_STRIP_WIDTH / scale) + 8 * unit;
  const right = Math.min(lane.x + lane.width, visible.x + visible.width) - 8 * unit;
  let x = Math.max(left, right - total);
  const cy = y + height / 2;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x - 4 * unit, y, total + 8 * unit, height);
  entries.forEach((entry, i) => {
    const style = CURVE_STYLE[entry.curve];
    ctx.globalAlpha = style.alpha;
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = style.width * unit;
    ctx.setLineDash(style.dash ? style.dash.map((d) => (d * unit) / 2) : []);
    ctx.beginPath();
    ctx.moveTo(x + 4 * unit, cy);
    ctx.lineTo(x + 30 * unit, cy);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    ctx.fillStyle = BOARD.text;
    ctx.fillText(entry.text, x + 36 * unit, cy);
    x += widths[i]!;
  });
}

export function paintEmotions(ctx: PaintContext, layout: BoardLayout, visible: Rect, scale: number, labels: EmotionLabels): void {
  for (const lane of layout.emotionLanes) if (intersects(lane, visible)) paintLane(ctx, lane, visible, scale, labels);
}
