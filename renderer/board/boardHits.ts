/** What is under the pointer in screen space: the sticky strips' targets, and the layout's hit radii scaled to the camera. */
import { type BoardLayout, type EmotionHit, HIT_RADII, bandLabelAt, emotionPointAt, rowAt } from '../model/layout';
import type { EmotionCurve } from '../model/types';
import type { ContextTarget } from './boardIntents';
import { type Camera, toWorld } from './camera';


/** What the pointer is on in the left strip: a persona's label row, or a lane title. */
export function stripTarget(layout: BoardLayout, camera: Camera, sx: number, sy: number): ContextTarget | null {
  const band = bandLabelAt(layout, camera, sx, sy);
  if (band) return { kind: 'persona', personaId: band.personaId };
  const row = rowAt(layout, toWorld(camera, sx, sy).y);
  return row ? { kind: 'lane', laneId: row.laneId } : null;
}

/** The stage whose right edge is under the pointer in the stage strip. */
export function resizeEdgeAt(layout: BoardLayout, camera: Camera, sx: number): { stageId: string; width: number } | null {
  for (const column of layout.columns) {
    const right = (column.x + column.width) * camera.scale + camera.x;
    if (Math.abs(sx - right) <= HIT_RADII.stageEdge) return { stageId: column.stageId, width: column.width };
  }
  return null;
}

/** The point (or gap) of the active curve under the pointer. */
export function emotionAt(layout: BoardLayout, camera: Camera, sx: number, sy: number, curve: EmotionCurve): EmotionHit | null {
  const world = toWorld(camera, sx, sy);
  return emotionPointAt(layout, world.x, world.y, HIT_RADII.emotionPoint / camera.scale, curve);
}
