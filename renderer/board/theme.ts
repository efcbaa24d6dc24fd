/**
 * Paint for the board. Chosen for a projector: strong contrast between the
 * note text and its paper, and paper colours that stay apart when washed out.
 */
import type { NoteColor } from '../model/types';

export const NOTE_PAINT: { readonly [C in NoteColor]: { readonly fill: string; readonly edge: string } } = {
  yellow: { fill: '#fde68a', edge: '#d9b84a' },
  orange: { fill: '#fdba74', edge: '#e08a3c' },
  pink: { fill: '#f9a8d4', edge: '#d774aa' },
  red: { fill: '#fca5a5', edge: '#dc6262' },
  purple: { fill: '#c4b5fd', edge: '#8f7ae0' },
  blue: { fill: '#93c5fd', edge: '#5592dc' },
  teal: { fill: '#5eead4', edge: '#2bb5a0' },
  green: { fill: '#86efac', edge: '#44c06f' },
  grey: { fill: '#d4d4d8', edge: '#a1a1aa' },
  white: { fill: '#ffffff', edge: '#c7c7cf' },
};

export const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';
export const BOARD = {
  background: '#eef1f5',
  cell: '#ffffff',
  cellAlt: '#f8fafc',
  grid: '#d5dbe3',
  text: '#111827',
  mutedText: '#475569',
  headerFill: '#1f2937',
  headerText: '#ffffff',
  laneHeaderFill: '#ffffff',
  selection: '#2563eb',
  dropPreview: 'rgba(37, 99, 235, 0.18)',
  marquee: 'rgba(37, 99, 235, 0.12)',
  dimAlpha: 0.28,
} as const;

/** Screen sizes of the header strips and the minimap belong to the layout; re-exported for the paint code. */
export { LANE_STRIP_WIDTH, MINIMAP_BUTTON_SIZE, STAGE_STRIP_HEIGHT } from '../model/layout';
