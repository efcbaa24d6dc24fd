/** Sizes of the board, in world units (CSS pixels at 100% zoom) unless they say screen pixels. */
import type { LayoutText } from './types';
export const NOTE_WIDTH = 168;
export const NOTE_MIN_HEIGHT = 104;
export const CELL_PADDING = 12;
export const NOTE_GAP = 10;
export const BAND_HEADER_HEIGHT = 44;
export const COLLAPSED_LANE_HEIGHT = 36;
export const EMOTION_LANE_HEIGHT = 240;
export const TOUCHPOINT_HEIGHT = 72;
export const MIN_LANE_HEIGHT = NOTE_MIN_HEIGHT + 2 * CELL_PADDING;
/** Width of the column that holds persona cards, when any persona shows one. */
export const PERSONA_CARD_COLUMN = 280;
export const PERSONA_CARD_MIN_HEIGHT = 300;
/** Room above +3 and below −3 for a face's radius and, at the top, the legend. */
export const EMOTION_PADDING = 44;
/** Horizontal distance between overlaid personas' faces in one column. */
export const OVERLAY_SPREAD = 34;
export const SHARED_BAND_COLOR = '#475569';

/** Sticky header strips, in screen pixels: they keep their size at every zoom. */
export const STAGE_STRIP_HEIGHT = 52;
export const LANE_STRIP_WIDTH = 232;
export const ADD_STAGE_BUTTON = 40;
export const MINIMAP_SIZE = { width: 200, height: 124 } as const;
/** The button the minimap collapses to, in the same corner. */
export const MINIMAP_BUTTON_SIZE = { width: 120, height: 36 } as const;

/** How close the pointer must be to count as on a target, in screen pixels (divide by the zoom for world units). */
export const HIT_RADII = {
  /** An emotion face (drawn with a radius of 15 world units). */
  emotionPoint: 14,
  /** A stage header's right edge, to resize the stage. */
  stageEdge: 7,
  /** Movement before a press becomes a drag. */
  dragThreshold: 4,
} as const;

/** The map's own words, for callers without a catalog (tests, tools). */
export const RAW_TEXT: LayoutText = {
  channel: (channel) => channel,
  kpi: (kpi, actual, target) => `${kpi}: ${actual ?? '–'} / ${target ?? '–'}`,
  behaviour: () => '',
  age: (age) => age,
  needs: 'needs',
  fears: 'fears',
};
