/**
 * Where the sticky header strips put their labels, in screen pixels, for a
 * camera. The paint code draws these boxes and the board's hit testing reads
 * the same ones, so a click lands on what is drawn.
 */
import { ADD_STAGE_BUTTON, BAND_HEADER_HEIGHT, LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from './constants';
import type { BandBox, BoardLayout } from './types';

/** The camera's part that places the world on screen (the board's Camera satisfies it). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

const MIN_LABEL_HEIGHT = 24;
export const VERTICAL_BAR_WIDTH = 22;

export interface BandLabelGeometry {
  /** Zoomed out so far that the band's header row is shorter than a label: the name is written upwards in the bar. */
  readonly vertical: boolean;
  readonly labelHeight: number;
  readonly barWidth: number;
}

/** How a persona's label sits in the left strip at this zoom. */
export function bandLabelGeometry(scale: number): BandLabelGeometry {
  const vertical = BAND_HEADER_HEIGHT * scale < MIN_LABEL_HEIGHT;
  return { vertical, labelHeight: vertical ? 0 : Math.min(40, BAND_HEADER_HEIGHT * scale), barWidth: vertical ? VERTICAL_BAR_WIDTH : 10 };
}

export interface BandLabelBox {
  readonly band: BandBox;
  /** The band's top and height on screen. */
  readonly top: number;
  readonly height: number;
  /** The label row sticks to the top of the band's visible part. */
  readonly labelTop: number;
}

export function bandLabelBoxes(layout: BoardLayout, camera: ViewTransform): BandLabelBox[] {
  const { labelHeight } = bandLabelGeometry(camera.scale);
  return layout.bands.map((band) => {
    const top = band.y * camera.scale + camera.y;
    const height = band.height * camera.scale;
    return { band, top, height, labelTop: Math.min(Math.max(top, STAGE_STRIP_HEIGHT), top + height - labelHeight) };
  });
}

/** The band whose label (or vertical name bar) is under a screen point in the left strip. */
export function bandLabelAt(layout: BoardLayout, camera: ViewTransform, sx: number, sy: number): BandBox | null {
  const { vertical, labelHeight, barWidth } = bandLabelGeometry(camera.scale);
  if (sx < 0 || sx >= LANE_STRIP_WIDTH) return null;
  for (const { band, top, height, labelTop } of bandLabelBoxes(layout, camera)) {
    if (sy < top || sy > top + height) continue;
    const onLabel = vertical ? sx <= barWidth : sy >= labelTop && sy <= labelTop + labelHeight;
    if (onLabel) return band;
  }
  return null;
}

/** The "+ stage" button's left edge, just after the last stage. */
export function addStageButtonX(layout: BoardLayout, camera: ViewTransform): number {
  return layout.width * camera.scale + camera.x + 8;
}

export function onAddStageButton(layout: BoardLayout, camera: ViewTransform, sx: number): boolean {
  const x = addStageButtonX(layout, camera);
  return sx >= x && sx <= x + ADD_STAGE_BUTTON;
}
