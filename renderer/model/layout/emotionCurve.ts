/** Emotion lanes: score scale, one smoothed curve per persona and curve kind, and the score ↔ y mapping. */
import { EMOTION_MAX, EMOTION_MIN } from '../schema';
import type { EmotionCurve, JourneyMap } from '../types';
import { EMOTION_PADDING, OVERLAY_SPREAD } from './constants';
import type { ColumnBox, CurvePoint, CurveSegment, EmotionCurveBox, EmotionLaneBox } from './types';

/** The y at which a score is drawn in a lane. */
export function yForScore(lane: Pick<EmotionLaneBox, 'scoreTop' | 'scoreBottom'>, score: number): number {
  return lane.scoreTop + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * (lane.scoreBottom - lane.scoreTop);
}

/** The score a point dragged to `worldY` snaps to: whole steps, clamped to the scale. */
export function scoreAtY(lane: Pick<EmotionLaneBox, 'scoreTop' | 'scoreBottom'>, worldY: number): number {
  const raw = EMOTION_MAX - ((worldY - lane.scoreTop) / (lane.scoreBottom - lane.scoreTop)) * (EMOTION_MAX - EMOTION_MIN);
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(raw)));
}

export function emotionLane(
  map: JourneyMap,
  laneId: string,
  top: number,
  height: number,
  columns: readonly ColumnBox[],
  personas: readonly { id: string; color: string }[],
  isDimmed: (personaId: string) => boolean,
): EmotionLaneBox {
  const scale = { scoreTop: top + EMOTION_PADDING, scoreBottom: top + height - EMOTION_PADDING };
  const byStage = new Set(columns.map((c) => c.stageId));
  const curves: EmotionCurveBox[] = [];
  // Overlaid personas sit a little apart in each column, so equal scores never hide one face under another.
  const spread = (index: number) => (index - (personas.length - 1) / 2) * OVERLAY_SPREAD;
  const points = Object.values(map.emotionPoints);
  for (const [personaIndex, persona] of personas.entries()) {
    for (const curve of ['current', 'target'] as const satisfies readonly EmotionCurve[]) {
      const scored = new Map<string, { score: number; label: string }>();
      for (const p of points) {
        if (p.personaId === persona.id && p.curve === curve && byStage.has(p.stageId)) scored.set(p.stageId, p);
      }
      if (scored.size === 0) continue;
      const curvePoints: CurvePoint[] = [];
      const runs: CurvePoint[][] = [[]];
      for (const column of columns) {
        const value = scored.get(column.stageId);
        if (!value) {
          if (runs.at(-1)!.length > 0) runs.push([]);
          continue;
        }
        const x = column.x + column.width / 2 + spread(personaIndex);
        const point = { stageId: column.stageId, x, y: yForScore(scale, value.score), score: value.score, label: value.label };
        curvePoints.push(point);
        runs.at(-1)!.push(point);
      }
      curves.push({
        laneId,
        personaId: persona.id,
        curve,
        color: persona.color,
        points: curvePoints,
        segments: runs.filter((run) => run.length > 0).map(smoothSegment),
        dimmed: isDimmed(persona.id),
      });
    }
  }
  const first = columns[0]?.x ?? 0;
  const last = columns.at(-1);
  return {
    laneId,
    x: first,
    y: top,
    width: last ? last.x + last.width - first : 0,
    height,
    zeroY: yForScore(scale, 0),
    ...scale,
    curves,
  };
}

/**
 * A monotone-in-x Catmull-Rom spline through the points, as cubic Béziers.
 * Control points keep the y of their own end, so the curve never overshoots
 * a score: a −3 stays at the bottom of the lane, not below it.
 */
function smoothSegment(run: readonly CurvePoint[]): CurveSegment {
  const spans: [number, number, number, number, number, number][] = [];
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1]!;
    const b = run[i]!;
    const dx = (b.x - a.x) / 2.5;
    spans.push([a.x + dx, a.y, b.x - dx, b.y, b.x, b.y]);
  }
  return { start: [run[0]!.x, run[0]!.y], spans };
}
