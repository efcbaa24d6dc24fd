/**
 * What part of the wall an export shows. An export draws at scale 1 (one
 * export pixel per world unit) and puts the stage strip and the persona/lane
 * strip where the board puts them at 100 %: along the top and the left edge of
 * the picture. So a region is the world rectangle the picture spans
 * (`viewport`, strips included, as the board's visible world) and the part of
 * it whose content is drawn (`content`, right of and below the strips).
 */
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from '../layout/constants';
import type { BoardLayout, Rect } from '../layout';
import type { PngRegion } from './exportOptions';

export interface ExportRegion {
  readonly viewport: Rect;
  readonly content: Rect;
}

type RegionLayout = Pick<BoardLayout, 'width' | 'height' | 'columns'>;

/** The strips go outside `content`, to its left and above it. */
function withStrips(content: Rect): ExportRegion {
  return {
    content,
    viewport: {
      x: content.x - LANE_STRIP_WIDTH,
      y: content.y - STAGE_STRIP_HEIGHT,
      width: content.width + LANE_STRIP_WIDTH,
      height: content.height + STAGE_STRIP_HEIGHT,
    },
  };
}

/** The whole wall: persona cards, every stage, every lane. */
export function mapRegion(layout: RegionLayout): ExportRegion {
  return withStrips({ x: 0, y: 0, width: Math.max(1, layout.width), height: Math.max(1, layout.height) });
}

/** One stage's column, with the persona and lane titles and its stage header; null for an unknown stage. */
export function stageRegion(layout: RegionLayout, stageId: string): ExportRegion | null {
  const column = layout.columns.find((c) => c.stageId === stageId);
  if (!column) return null;
  return withStrips({ x: column.x, y: 0, width: column.width, height: Math.max(1, layout.height) });
}

/**
 * What the board shows: `rect` is its visible world (strips included), so the
 * strips lie over its top-left edge exactly as on screen at 100 %.
 */
export function viewRegion(rect: Rect): ExportRegion {
  const width = Math.max(LANE_STRIP_WIDTH + 1, rect.width);
  const height = Math.max(STAGE_STRIP_HEIGHT + 1, rect.height);
  return {
    viewport: { x: rect.x, y: rect.y, width, height },
    content: { x: rect.x + LANE_STRIP_WIDTH, y: rect.y + STAGE_STRIP_HEIGHT, width: width - LANE_STRIP_WIDTH, height: height - STAGE_STRIP_HEIGHT },
  };
}

export function pngRegion(layout: RegionLayout, region: PngRegion): ExportRegion | null {
  switch (region.kind) {
    case 'map':
      return mapRegion(layout);
    case 'view':
      return viewRegion(region.rect);
    case 'stage':
      return stageRegion(layout, region.stageId);
  }
}
