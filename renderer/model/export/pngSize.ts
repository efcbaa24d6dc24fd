/**
 * The pixel size of a PNG export, kept inside what a browser canvas can hold:
 * Chromium refuses a canvas wider or taller than 32,767 pixels or larger than
 * 268,435,456 pixels (16,384²). The export paints in bands as wide as the
 * picture, so the width limit is real; the area limit keeps the file one that
 * image viewers open. A picture that would exceed either is drawn at the
 * largest scale that fits, and the export says which scale it used.
 */
export const MAX_CANVAS_SIDE = 32767;
export const MAX_CANVAS_AREA = 268435456;

export interface PngSize {
  readonly width: number;
  readonly height: number;
  /** Pixels per world unit actually used; below the asked scale when clamped. */
  readonly scale: number;
}

export function pngSize(picture: { width: number; height: number }, asked: number): PngSize {
  const scale = Math.min(
    asked,
    MAX_CANVAS_SIDE / picture.width,
    MAX_CANVAS_SIDE / picture.height,
    Math.sqrt(MAX_CANVAS_AREA / (picture.width * picture.height)),
  );
  const width = Math.max(1, Math.min(MAX_CANVAS_SIDE, Math.round(picture.width * scale)));
  const height = Math.max(1, Math.min(MAX_CANVAS_SIDE, Math.round(picture.height * scale)));
  return { width, height, scale };
}
