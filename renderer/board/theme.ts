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
/** The colours that change with the projector theme; ink on paper (notes, cards) stays dark on light. */
export interface BoardPalette {
  readonly background: string;
  readonly cell: string;
  readonly cellAlt: string;
  readonly grid: string;
  /** Ink on paper: notes, cards, labels on white chips. */
  readonly text: string;
  readonly mutedText: string;
  /** Words written straight on the wall or the lane strip: band names, lane titles. */
  readonly wallText: string;
  readonly headerFill: string;
  readonly headerText: string;
  readonly laneHeaderFill: string;
  /** The persona's label row in the lane strip, the rule under each lane title and the strip's edge. */
  readonly laneLabelFill: string;
  readonly laneRule: string;
  readonly stripEdge: string;
  readonly painsTint: string;
  readonly opportunitiesTint: string;
  readonly selection: string;
  readonly dropPreview: string;
  readonly marquee: string;
  readonly dimAlpha: number;
}

const LIGHT: BoardPalette = {
  background: '#eef1f5',
  cell: '#ffffff',
  cellAlt: '#f8fafc',
  grid: '#d5dbe3',
  text: '#111827',
  mutedText: '#475569',
  wallText: '#111827',
  headerFill: '#1f2937',
  headerText: '#ffffff',
  laneHeaderFill: '#ffffff',
  laneLabelFill: '#f1f5f9',
  laneRule: '#e2e8f0',
  stripEdge: '#cbd5e1',
  painsTint: '#fdf0f0',
  opportunitiesTint: '#eefbf2',
  selection: '#2563eb',
  dropPreview: 'rgba(37, 99, 235, 0.18)',
  marquee: 'rgba(37, 99, 235, 0.12)',
  dimAlpha: 0.28,
};

/** The dark projector theme: a near-black wall, so the paper-coloured notes carry the contrast. */
const DARK: BoardPalette = {
  ...LIGHT,
  background: '#05070b',
  cell: '#111827',
  cellAlt: '#0b1220',
  grid: '#334155',
  wallText: '#f8fafc',
  headerFill: '#000000',
  laneHeaderFill: '#0b1220',
  laneLabelFill: '#1e293b',
  laneRule: '#334155',
  stripEdge: '#475569',
  painsTint: '#2a1416',
  opportunitiesTint: '#0f2418',
  selection: '#60a5fa',
};

export type BoardTheme = 'light' | 'dark';

/**
 * The palette the paint code reads at paint time. One object, switched in
 * place by `applyBoardTheme`, because the paint functions read it directly;
 * each window is its own renderer, so an audience window has its own.
 */
export const BOARD: BoardPalette = { ...LIGHT };

/** Switches the board's palette; the caller repaints every layer. */
export function applyBoardTheme(theme: BoardTheme): void {
  Object.assign(BOARD, theme === 'dark' ? DARK : LIGHT);
}

/** Screen sizes of the header strips and the minimap belong to the layout; re-exported for the paint code. */
export { LANE_STRIP_WIDTH, MINIMAP_BUTTON_SIZE, STAGE_STRIP_HEIGHT } from '../model/layout';
