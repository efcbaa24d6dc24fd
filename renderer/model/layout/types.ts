/**
 * The layout's data: plain objects, arrays and numbers only (no Map, no
 * functions), so that it survives JSON and structuredClone and another window
 * or a worker can receive it. Queries over it live in `queries.ts`.
 */
import type { BLUEPRINT_LINES } from '../conventions';
import type { FittedText, FontStyle, MeasureText } from '../textFit';
import type { EmotionCurve, LaneKind, NoteColor, Persona, Touchpoint } from '../types';
import type { HIT_RADII } from './constants';
import type { MinimapBox } from './minimap';

export type FocusMode = 'dim' | 'hide';
export type BlueprintLine = (typeof BLUEPRINT_LINES)[number]['line'];
export interface Focus {
  readonly personaId: string;
  readonly mode: FocusMode;
}

/** Words the board writes that are not in the map; the app fills them from the catalog. */
export interface LayoutText {
  readonly channel: (channel: string) => string;
  readonly kpi: (kpi: string, actual: number | null, target: number | null) => string;
  readonly behaviour: (persona: Persona) => string;
  readonly age: (age: string) => string;
  readonly needs: string;
  readonly fears: string;
}

export interface LayoutOptions {
  /** Fits one note's text; memoized by the caller, so unchanged notes cost a lookup. */
  readonly fitNote: (text: string) => FittedText;
  readonly focus: Focus | null;
  /** Measures card and label text; a fixed-width estimate when left out. */
  readonly measure?: MeasureText;
  /** Catalog words; the raw values when left out. */
  readonly text?: LayoutText;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ColumnBox {
  readonly stageId: string;
  readonly index: number;
  readonly name: string;
  readonly color: string | null;
  readonly x: number;
  readonly width: number;
}

export interface BandBox {
  readonly personaId: string | null;
  readonly name: string;
  readonly color: string;
  /** Top of the band header row; lanes follow it. */
  readonly y: number;
  /** The band header row plus all its lanes. */
  readonly height: number;
  readonly dimmed: boolean;
}

export interface RowBox {
  readonly laneId: string;
  readonly personaId: string | null;
  readonly kind: LaneKind;
  readonly title: string;
  readonly y: number;
  readonly height: number;
  readonly collapsed: boolean;
  readonly dimmed: boolean;
  readonly bandColor: string;
}

export interface NoteBox extends Rect {
  readonly id: string;
  readonly laneId: string;
  readonly stageId: string;
  readonly color: NoteColor;
  readonly fontSize: number;
  readonly lines: readonly string[];
  readonly dimmed: boolean;
}

export interface TouchpointBox extends Rect {
  readonly id: string;
  readonly laneId: string;
  readonly stageId: string;
  readonly touchpoint: Touchpoint;
  /** The label in up to two lines, or the channel's name when there is no label. */
  readonly title: readonly string[];
  /** The channel's name under a one-line label; null when the title already says it or needs the room. */
  readonly channelLine: string | null;
  readonly kpiLine: string | null;
  readonly dimmed: boolean;
}

export interface CellBox extends Rect {
  readonly laneId: string;
  readonly stageId: string;
  /** Note ids in order; the grid slots follow this order row by row. */
  readonly noteIds: readonly string[];
  /** Touchpoint ids in order, placed before the notes. */
  readonly touchpointIds: readonly string[];
  /** Heights of the touchpoint cards placed before the notes. */
  readonly leading: readonly number[];
  /** Where the cell's grid starts (below the curve in an emotions lane). */
  readonly gridTop: number;
  readonly columns: number;
  /** Height the cell's own content needs, from the row's top; the row is as tall as its tallest cell. */
  readonly contentHeight: number;
}

export interface CurvePoint {
  readonly stageId: string;
  readonly x: number;
  readonly y: number;
  readonly score: number;
  readonly label: string;
}

export interface CurveSegment {
  /** Cubic Bézier path: start point, then [c1x, c1y, c2x, c2y, x, y] per span. */
  readonly start: readonly [number, number];
  readonly spans: readonly (readonly [number, number, number, number, number, number])[];
}

export interface EmotionCurveBox {
  readonly laneId: string;
  readonly personaId: string;
  readonly curve: EmotionCurve;
  readonly color: string;
  readonly points: readonly CurvePoint[];
  /** One segment per run of consecutive stages with a score; a missing score is a gap. */
  readonly segments: readonly CurveSegment[];
  readonly dimmed: boolean;
}

export interface EmotionLaneBox extends Rect {
  readonly laneId: string;
  /** y of the neutral (0) line. */
  readonly zeroY: number;
  /** y of the best score (+3) and of the worst (−3); `yForScore` maps between. */
  readonly scoreTop: number;
  readonly scoreBottom: number;
  readonly curves: readonly EmotionCurveBox[];
}

/** One run of text on a persona card, positioned (top-left, `textBaseline: top`). */
export interface CardText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly style: FontStyle;
  readonly tone: 'text' | 'muted';
}

export interface PersonaCardBox extends Rect {
  readonly personaId: string;
  readonly color: string;
  readonly dimmed: boolean;
  /** The photo or, without one, the initial, in a circle. */
  readonly avatar: { readonly x: number; readonly y: number; readonly radius: number };
  readonly initial: string;
  readonly texts: readonly CardText[];
}

export interface BlueprintLineBox {
  readonly line: BlueprintLine;
  readonly y: number;
}

export interface BoardLayout {
  readonly width: number;
  /** The persona-card column at the left of the stages, or null when no card is shown. */
  readonly cardColumn: { readonly x: number; readonly width: number } | null;
  readonly personaCards: readonly PersonaCardBox[];
  /** Service blueprints: the lines of interaction, visibility and internal interaction. */
  readonly blueprintLines: readonly BlueprintLineBox[];
  readonly height: number;
  readonly columns: readonly ColumnBox[];
  readonly bands: readonly BandBox[];
  readonly rows: readonly RowBox[];
  /** Keyed by `cellKey(laneId, stageId)`. */
  readonly cells: Readonly<Record<string, CellBox>>;
  readonly notes: readonly NoteBox[];
  /**
   * Keyed by note id. An incremental layout patches the index of the layout it
   * replaces (see `update.ts`), so read it from the current layout only.
   */
  readonly noteIndex: Readonly<Record<string, NoteBox>>;
  readonly touchpoints: readonly TouchpointBox[];
  readonly emotionLanes: readonly EmotionLaneBox[];
  /** The persona focus this layout was made for. */
  readonly focus: Focus | null;
  /** The minimap's frame size, its world-to-minimap scale and how tall the whole wall is drawn (see `minimap.ts`). */
  readonly minimap: MinimapBox;
  /** Screen-pixel hit radii; divide by the zoom for world units. */
  readonly hitRadii: typeof HIT_RADII;
}
