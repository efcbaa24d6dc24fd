/**
 * The minimap's size and scale for a wall. A wide wall fits the usual frame.
 * A tall wall (many personas and lanes, few stages) shown whole in that frame
 * would be a strip a few pixels wide, too thin to see or click: its frame
 * grows taller, and past that the wall is drawn at least
 * `MINIMAP_MIN_DRAWN_WIDTH` wide and the minimap scrolls with the view.
 */
import { MINIMAP_SIZE } from './constants';

export const MINIMAP_MAX_HEIGHT = 240;
export const MINIMAP_MIN_DRAWN_WIDTH = 140;
/** The offscreen canvas the wall is painted into stays below what browsers allocate. */
const MAX_CONTENT_HEIGHT = 16_000;

export interface MinimapBox {
  /** The on-screen frame, in screen pixels. */
  readonly width: number;
  readonly height: number;
  /** World to minimap pixels. */
  readonly scale: number;
  /** The whole wall's height in minimap pixels; more than `height` when the minimap scrolls. */
  readonly contentHeight: number;
}

export function minimapFor(wallWidth: number, wallHeight: number): MinimapBox {
  const w = Math.max(wallWidth, 1);
  const h = Math.max(wallHeight, 1);
  const { width, height: usual } = MINIMAP_SIZE;
  const whole = (frameHeight: number) => Math.min(width / w, frameHeight / h);
  let scale = whole(usual);
  let height: number = usual;
  if (w * scale < MINIMAP_MIN_DRAWN_WIDTH) {
    scale = Math.min(width / w, Math.max(whole(MINIMAP_MAX_HEIGHT), MINIMAP_MIN_DRAWN_WIDTH / w));
    scale = Math.min(scale, MAX_CONTENT_HEIGHT / h);
    height = Math.min(MINIMAP_MAX_HEIGHT, Math.max(usual, Math.ceil(h * scale)));
  }
  return { width, height, scale, contentHeight: h * scale };
}

/**
 * How far down the wall a scrolling minimap shows, in minimap pixels: the
 * view's centre is kept in the middle of the frame where the wall allows.
 */
export function minimapOffset(box: MinimapBox, viewCentreY: number): number {
  const room = box.contentHeight - box.height;
  if (room <= 0) return 0;
  return Math.min(room, Math.max(0, viewCentreY * box.scale - box.height / 2));
}
