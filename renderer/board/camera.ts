/**
 * The board's camera: screen = world × scale + offset. Zoom is clamped to 0.5 %–400 %:
 * the floor is low enough that Fit frames a whole 10,000-note wall at 1280×720, so
 * every stage stays within reach of a drag; the board paints a summary, not note
 * text, at those zooms (see paint/paintCellSummary.ts).
 */
import type { Rect } from '../model/layout';

export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export const MIN_SCALE = 0.005;
export const MAX_SCALE = 4;
export const ZOOM_STEP = 1.2;

export const clampScale = (scale: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

export const toWorld = (camera: Camera, sx: number, sy: number) => ({
  x: (sx - camera.x) / camera.scale,
  y: (sy - camera.y) / camera.scale,
});

export const toScreen = (camera: Camera, wx: number, wy: number) => ({
  x: wx * camera.scale + camera.x,
  y: wy * camera.scale + camera.y,
});

/** Zooms so that the world point under the cursor stays under the cursor. */
export function zoomAround(camera: Camera, sx: number, sy: number, nextScale: number): Camera {
  const scale = clampScale(nextScale);
  const world = toWorld(camera, sx, sy);
  return { scale, x: sx - world.x * scale, y: sy - world.y * scale };
}

/** The camera that shows `rect` centred in `viewport` (screen pixels), with a margin. */
export function frame(rect: Rect, viewport: Rect, margin = 24): Camera {
  const scale = clampScale(
    Math.min((viewport.width - 2 * margin) / Math.max(rect.width, 1), (viewport.height - 2 * margin) / Math.max(rect.height, 1)),
  );
  // Centred when it fits; when even the smallest zoom is too big, start from the top-left corner.
  const offset = (start: number, room: number, size: number, from: number) =>
    size * scale <= room - 2 * margin ? start + (room - size * scale) / 2 - from * scale : start + margin - from * scale;
  return {
    scale,
    x: offset(viewport.x, viewport.width, rect.width, rect.x),
    y: offset(viewport.y, viewport.height, rect.height, rect.y),
  };
}

/** The world rectangle visible through `viewport` (screen pixels). */
export function visibleWorld(camera: Camera, viewport: Rect): Rect {
  const topLeft = toWorld(camera, viewport.x, viewport.y);
  return { x: topLeft.x, y: topLeft.y, width: viewport.width / camera.scale, height: viewport.height / camera.scale };
}
