/** What is under the pointer in screen space: the sticky strips' targets and the camera-scaled hit radii. */
import { type BoardLayout, type EmotionHit, emotionPointAt, rowAt } from '../model/layout';
import type { EmotionCurve } from '../model/types';
import type { ContextTarget } from './boardIntents';
import { type Camera, toWorld } from './camera';
import { bandLabelGeometry } from './paint/paintHeaders';

/** How close (screen px) to a stage's right edge a press grabs it for resizing. */
const RESIZE_GRAB = 7;
/** How close (screen px) to a face a press picks it up, whatever the zoom. */
const FACE_GRAB = 14;

/** What the pointer is on in the left strip: a persona's label row, or a lane title. */
export function stripTarget(layout: BoardLayout, camera: Camera, sx: number, sy: number, stripTop: number): ContextTarget | null {
  const { vertical, labelHeight, barWidth } = bandLabelGeometry(camera.scale);
  for (const band of layout.bands) {
    const top = band.y * camera.scale + camera.y;
    const bottom = top + band.height * camera.scale;
    if (sy < top || sy > bottom) continue;
    const labelTop = Math.min(Math.max(top, stripTop), bottom - labelHeight);
    const onLabel = vertical ? sx <= barWidth : sy >= labelTop && sy <= labelTop + labelHeight;
    if (onLabel) return { kind: 'persona', personaId: band.personaId };
  }
  const row = rowAt(layout, toWorld(camera, sx, sy).y);
  return row ? { kind: 'lane', laneId: row.laneId } : null;
}

/** The stage whose right edge is under the pointer in the stage strip. */
export function resizeEdgeAt(layout: BoardLayout, camera: Camera, sx: number): { stageId: string; width: number } | null {
  for (const column of layout.columns) {
    const right = (column.x + column.width) * camera.scale + camera.x;
    if (Math.abs(sx - right) <= RESIZE_GRAB) return { stageId: column.stageId, width: column.width };
  }
  return null;
}

/** The point (or gap) of the active curve under the pointer. */
export function emotionAt(layout: BoardLayout, camera: Camera, sx: number, sy: number, curve: EmotionCurve): EmotionHit | null {
  const world = toWorld(camera, sx, sy);
  return emotionPointAt(layout, world.x, world.y, FACE_GRAB / camera.scale, curve);
}
