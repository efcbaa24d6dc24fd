/**
 * The one layout module: every position and size on the board is computed
 * here, from the map alone, in world units (CSS pixels at 100% zoom). The Konva
 * board, the minimap and later the exports and the presenter all draw from it.
 *
 * World (0,0) is the top-left of the first stage's first band. Stage names and
 * lane titles are not in the world: the board draws them in sticky screen-space
 * strips aligned to the columns and rows computed here.
 */
import { BLUEPRINT_LINES } from './conventions';
import { EMOTION_MAX, EMOTION_MIN } from './schema';
import { cellKey, laneBands, notesByCell, sortedPersonas, sortedStages } from './queries';
import { sortByOrder } from './order';
import type { FittedText } from './textFit';
import type { EmotionCurve, JourneyMap, LaneKind, NoteColor, Touchpoint } from './types';

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

export type FocusMode = 'dim' | 'hide';
export type BlueprintLine = (typeof BLUEPRINT_LINES)[number]['line'];
export interface Focus {
  readonly personaId: string;
  readonly mode: FocusMode;
}

export interface LayoutOptions {
  /** Fits one note's text; the board memoizes it, so unchanged notes cost a lookup. */
  readonly fitNote: (text: string) => FittedText;
  readonly focus: Focus | null;
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

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
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
  readonly dimmed: boolean;
}

export interface CellBox extends Rect {
  readonly laneId: string;
  readonly stageId: string;
  /** Note ids in order; the grid slots follow this order row by row. */
  readonly noteIds: readonly string[];
  /** Heights of the touchpoint cards placed before the notes. */
  readonly leading: readonly number[];
  /** Where the cell's grid starts (below the curve in an emotions lane). */
  readonly gridTop: number;
  readonly columns: number;
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
  readonly yForScore: (score: number) => number;
  readonly curves: readonly EmotionCurveBox[];
}

export interface PersonaCardBox extends Rect {
  readonly personaId: string;
  readonly dimmed: boolean;
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
  readonly cells: ReadonlyMap<string, CellBox>;
  readonly notes: readonly NoteBox[];
  readonly noteIndex: ReadonlyMap<string, NoteBox>;
  readonly touchpoints: readonly TouchpointBox[];
  readonly emotionLanes: readonly EmotionLaneBox[];
}

const SHARED_BAND_COLOR = '#475569';

/** How many note columns fit in a stage of this width. */
export const columnsFor = (stageWidth: number): number =>
  Math.max(1, Math.floor((stageWidth - 2 * CELL_PADDING + NOTE_GAP) / (NOTE_WIDTH + NOTE_GAP)));

interface GridItem {
  readonly id: string;
  readonly kind: 'note' | 'touchpoint';
  readonly height: number;
}

interface GridSlot {
  readonly id: string;
  readonly kind: 'note' | 'touchpoint';
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

/** Places items row by row in a cell; each grid row is as tall as its tallest item. */
function placeGrid(items: readonly GridItem[], x: number, y: number, columns: number) {
  const placed: GridSlot[] = [];
  let rowTop = y + CELL_PADDING;
  for (let start = 0; start < items.length; start += columns) {
    const row = items.slice(start, start + columns);
    const rowHeight = Math.max(...row.map((item) => item.height));
    row.forEach((item, i) => {
      placed.push({ id: item.id, kind: item.kind, x: x + CELL_PADDING + i * (NOTE_WIDTH + NOTE_GAP), y: rowTop, height: item.height });
    });
    rowTop += rowHeight + NOTE_GAP;
  }
  const contentHeight = items.length === 0 ? 0 : rowTop - NOTE_GAP + CELL_PADDING - y;
  return { placed, contentHeight };
}

export function computeLayout(map: JourneyMap, options: LayoutOptions): BoardLayout {
  const stages = sortedStages(map);
  const columns: ColumnBox[] = [];
  const showsCards = Object.values(map.personas).some((p) => p.showCard);
  const cardColumn = showsCards ? { x: 0, width: PERSONA_CARD_COLUMN } : null;
  let x = cardColumn ? cardColumn.width : 0;
  stages.forEach((stage, index) => {
    columns.push({ stageId: stage.id, index, name: stage.name, color: stage.color, x, width: stage.width });
    x += stage.width;
  });
  const width = x;

  const noteCells = notesByCell(map);
  const touchpointCells = new Map<string, Touchpoint[]>();
  for (const tp of sortByOrder(Object.values(map.touchpoints))) {
    const key = cellKey(tp.laneId, tp.stageId);
    touchpointCells.set(key, [...(touchpointCells.get(key) ?? []), tp]);
  }

  const bands: BandBox[] = [];
  const rows: RowBox[] = [];
  const cells = new Map<string, CellBox>();
  const notes: NoteBox[] = [];
  const noteIndex = new Map<string, NoteBox>();
  const touchpoints: TouchpointBox[] = [];
  const emotionLanes: EmotionLaneBox[] = [];
  const personaCards: PersonaCardBox[] = [];
  const blueprintLines: BlueprintLineBox[] = [];
  const personas = sortedPersonas(map);
  const focus = options.focus && map.personas[options.focus.personaId] ? options.focus : null;

  let y = 0;
  for (const band of laneBands(map)) {
    const persona = band.personaId ? map.personas[band.personaId] : undefined;
    const outOfFocus = focus !== null && band.personaId !== null && band.personaId !== focus.personaId;
    if (outOfFocus && focus.mode === 'hide') continue;
    const dimmed = outOfFocus;
    const bandColor = persona?.color ?? SHARED_BAND_COLOR;
    const bandTop = y;
    y += BAND_HEADER_HEIGHT;

    for (const lane of band.lanes) {
      const rowTop = y;
      // In an emotions lane the curve keeps its height and any notes sit below it.
      const gridTop = lane.kind === 'emotions' ? rowTop + EMOTION_LANE_HEIGHT - CELL_PADDING : rowTop;
      const grids = lane.collapsed ? [] : columns.map((column) => placeCell(cellKey(lane.id, column.stageId), column, gridTop));
      let rowHeight = COLLAPSED_LANE_HEIGHT;
      if (!lane.collapsed) {
        rowHeight = lane.kind === 'emotions' ? EMOTION_LANE_HEIGHT : MIN_LANE_HEIGHT;
        for (const grid of grids) rowHeight = Math.max(rowHeight, gridTop - rowTop + grid.contentHeight);
      }
      rows.push({
        laneId: lane.id,
        personaId: lane.personaId,
        kind: lane.kind,
        title: lane.title,
        y: rowTop,
        height: rowHeight,
        collapsed: lane.collapsed,
        dimmed,
        bandColor,
      });
      columns.forEach((column, i) => {
        const grid = grids[i];
        cells.set(cellKey(lane.id, column.stageId), {
          laneId: lane.id,
          stageId: column.stageId,
          x: column.x,
          y: rowTop,
          width: column.width,
          height: rowHeight,
          noteIds: grid ? grid.placed.filter((slot) => slot.kind === 'note').map((slot) => slot.id) : [],
          leading: grid ? grid.placed.filter((slot) => slot.kind === 'touchpoint').map((slot) => slot.height) : [],
          gridTop,
          columns: columnsFor(column.width),
        });
        if (grid) emitCellContent(grid.placed, dimmed);
      });
      if (lane.kind === 'emotions' && !lane.collapsed) {
        const curvePersonas = lane.personaId ? personas.filter((p) => p.id === lane.personaId) : personas;
        emotionLanes.push(
          emotionLane(map, lane.id, rowTop, EMOTION_LANE_HEIGHT, columns, curvePersonas, (personaId) =>
            focus !== null && personaId !== focus.personaId ? true : dimmed,
          ),
        );
      }
      y += rowHeight;
      const line = map.mapType === 'serviceBlueprint' ? BLUEPRINT_LINES.find((l) => l.below === lane.kind) : undefined;
      if (line && !lane.collapsed) blueprintLines.push({ line: line.line, y });
    }
    if (cardColumn && persona?.showCard) {
      // A short band grows so that the card is never cut off.
      y = Math.max(y, bandTop + BAND_HEADER_HEIGHT + PERSONA_CARD_MIN_HEIGHT);
      personaCards.push({
        personaId: persona.id,
        x: cardColumn.x + CELL_PADDING,
        y: bandTop + BAND_HEADER_HEIGHT + CELL_PADDING,
        width: cardColumn.width - 2 * CELL_PADDING,
        height: y - bandTop - BAND_HEADER_HEIGHT - 2 * CELL_PADDING,
        dimmed,
      });
    }
    bands.push({
      personaId: band.personaId,
      name: persona?.name ?? '',
      color: bandColor,
      y: bandTop,
      height: y - bandTop,
      dimmed,
    });
  }

  return { width, height: y, cardColumn, personaCards, blueprintLines, columns, bands, rows, cells, notes, noteIndex, touchpoints, emotionLanes };

  /** Touchpoint cards first, then notes, in any lane: changing a lane's kind never hides what it holds. */
  function cellItems(key: string): GridItem[] {
    const cards: GridItem[] = (touchpointCells.get(key) ?? []).map((tp) => ({ id: tp.id, kind: 'touchpoint', height: TOUCHPOINT_HEIGHT }));
    const notesHere: GridItem[] = (noteCells.get(key) ?? []).map((note) => ({ id: note.id, kind: 'note', height: options.fitNote(note.text).height }));
    return [...cards, ...notesHere];
  }

  function placeCell(key: string, column: ColumnBox, top: number) {
    return placeGrid(cellItems(key), column.x, top, columnsFor(column.width));
  }

  function emitCellContent(placed: readonly GridSlot[], dimmed: boolean): void {
    for (const slot of placed) {
      if (slot.kind === 'touchpoint') {
        const tp = map.touchpoints[slot.id]!;
        touchpoints.push({
          id: tp.id,
          laneId: tp.laneId,
          stageId: tp.stageId,
          x: slot.x,
          y: slot.y,
          width: NOTE_WIDTH,
          height: slot.height,
          touchpoint: tp,
          dimmed,
        });
        continue;
      }
      const note = map.notes[slot.id]!;
      const fitted = options.fitNote(note.text);
      const box: NoteBox = {
        id: note.id,
        laneId: note.laneId,
        stageId: note.stageId,
        x: slot.x,
        y: slot.y,
        width: NOTE_WIDTH,
        height: fitted.height,
        color: note.color,
        fontSize: fitted.fontSize,
        lines: fitted.lines,
        dimmed,
      };
      notes.push(box);
      noteIndex.set(note.id, box);
    }
  }
}

/** Room above +3 and below −3 for a face's radius and, at the top, the legend. */
export const EMOTION_PADDING = 44;
/** Horizontal distance between overlaid personas' faces in one column. */
const OVERLAY_SPREAD = 34;

function emotionLane(
  map: JourneyMap,
  laneId: string,
  top: number,
  height: number,
  columns: readonly ColumnBox[],
  personas: readonly { id: string; color: string }[],
  isDimmed: (personaId: string) => boolean,
): EmotionLaneBox {
  const span = EMOTION_MAX - EMOTION_MIN;
  const yForScore = (score: number) => top + EMOTION_PADDING + ((EMOTION_MAX - score) / span) * (height - 2 * EMOTION_PADDING);
  const byStage = new Map(columns.map((c) => [c.stageId, c]));
  const curves: EmotionCurveBox[] = [];
  // Overlaid personas sit a little apart in each column, so equal scores never hide one face under another.
  const spread = (index: number) => (index - (personas.length - 1) / 2) * OVERLAY_SPREAD;
  for (const [personaIndex, persona] of personas.entries()) {
    for (const curve of ['current', 'target'] as const) {
      const scored = new Map<string, { score: number; label: string }>();
      for (const p of Object.values(map.emotionPoints)) {
        if (p.personaId === persona.id && p.curve === curve && byStage.has(p.stageId)) scored.set(p.stageId, p);
      }
      if (scored.size === 0) continue;
      const points: CurvePoint[] = [];
      const runs: CurvePoint[][] = [[]];
      for (const column of columns) {
        const value = scored.get(column.stageId);
        if (!value) {
          if (runs.at(-1)!.length > 0) runs.push([]);
          continue;
        }
        const x = column.x + column.width / 2 + spread(personaIndex);
        const point = { stageId: column.stageId, x, y: yForScore(value.score), score: value.score, label: value.label };
        points.push(point);
        runs.at(-1)!.push(point);
      }
      curves.push({
        laneId,
        personaId: persona.id,
        curve,
        color: persona.color,
        points,
        segments: runs.filter((run) => run.length > 0).map(smoothSegment),
        dimmed: isDimmed(persona.id),
      });
    }
  }
  const first = columns[0]?.x ?? 0;
  const last = columns.at(-1);
  return {
    laneId,
    x: first,
    y: top,
    width: last ? last.x + last.width - first : 0,
    height,
    zeroY: yForScore(0),
    yForScore,
    curves,
  };
}

/**
 * A monotone-in-x Catmull-Rom spline through the points, as cubic Béziers.
 * Control points keep the y of their own end, so the curve never overshoots
 * a score: a −3 stays at the bottom of the lane, not below it.
 */
function smoothSegment(run: readonly CurvePoint[]): CurveSegment {
  const spans: [number, number, number, number, number, number][] = [];
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1]!;
    const b = run[i]!;
    const dx = (b.x - a.x) / 2.5;
    spans.push([a.x + dx, a.y, b.x - dx, b.y, b.x, b.y]);
  }
  return { start: [run[0]!.x, run[0]!.y], spans };
}

/* ---------- geometry queries: the board converts screen to world, then asks here ---------- */

function lastAtOrBefore<T>(items: readonly T[], value: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function columnAt(layout: BoardLayout, worldX: number): ColumnBox | null {
  const column = layout.columns[lastAtOrBefore(layout.columns, worldX, (c) => c.x)];
  return column && worldX < column.x + column.width ? column : null;
}

export function rowAt(layout: BoardLayout, worldY: number): RowBox | null {
  const row = layout.rows[lastAtOrBefore(layout.rows, worldY, (r) => r.y)];
  return row && worldY < row.y + row.height ? row : null;
}

export function bandAt(layout: BoardLayout, worldY: number): BandBox | null {
  const band = layout.bands[lastAtOrBefore(layout.bands, worldY, (b) => b.y)];
  return band && worldY < band.y + band.height ? band : null;
}

export function cellAt(layout: BoardLayout, worldX: number, worldY: number): CellBox | null {
  const column = columnAt(layout, worldX);
  const row = rowAt(layout, worldY);
  return column && row ? (layout.cells.get(cellKey(row.laneId, column.stageId)) ?? null) : null;
}

const contains = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

export function noteAt(layout: BoardLayout, worldX: number, worldY: number): NoteBox | null {
  const cell = cellAt(layout, worldX, worldY);
  if (!cell) return null;
  for (const id of cell.noteIds) {
    const box = layout.noteIndex.get(id);
    if (box && contains(box, worldX, worldY)) return box;
  }
  return null;
}

export function touchpointAt(layout: BoardLayout, worldX: number, worldY: number): TouchpointBox | null {
  return layout.touchpoints.find((box) => contains(box, worldX, worldY)) ?? null;
}

/** Where a dragged note would land among the cell's other notes, in reading order. */
export function dropIndex(layout: BoardLayout, cell: CellBox, worldX: number, worldY: number, moving: ReadonlySet<string>): number {
  let index = 0;
  for (const id of cell.noteIds) {
    if (moving.has(id)) continue;
    const box = layout.noteIndex.get(id);
    if (!box) continue;
    const below = worldY > box.y + box.height;
    const sameRowRight = worldY >= box.y && worldX > box.x + box.width / 2;
    if (below || sameRowRight) index++;
  }
  return index;
}

/** The grid slot a note dropped at `index` would occupy; used for the drop preview. */
export function slotRect(layout: BoardLayout, cell: CellBox, index: number, moving: ReadonlySet<string>): Rect {
  const staying = cell.noteIds.filter((id) => !moving.has(id));
  const heights = [...cell.leading, ...staying.map((id) => layout.noteIndex.get(id)?.height ?? NOTE_MIN_HEIGHT)];
  const at = cell.leading.length + index;
  heights.splice(at, 0, NOTE_MIN_HEIGHT);
  const { placed } = placeGrid(
    heights.map((height, i) => ({ id: String(i), kind: 'note', height })),
    cell.x,
    cell.gridTop,
    cell.columns,
  );
  const slot = placed[at]!;
  return { x: slot.x, y: slot.y, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT };
}

export interface EmotionHit {
  readonly laneId: string;
  readonly personaId: string;
  readonly stageId: string;
  readonly curve: EmotionCurve;
  /** null: the stage has no score yet on this curve (a gap). */
  readonly score: number | null;
  /** Where the face is drawn across the column (overlaid personas sit apart). */
  readonly x: number;
}

/** The score a point dragged to `worldY` snaps to: whole steps, clamped to the scale. */
export function scoreAtY(lane: EmotionLaneBox, worldY: number): number {
  const top = lane.yForScore(EMOTION_MAX);
  const span = lane.yForScore(EMOTION_MIN) - top;
  const raw = EMOTION_MAX - ((worldY - top) / span) * (EMOTION_MAX - EMOTION_MIN);
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(raw)));
}

/**
 * The emotion point under the pointer (within `radius`), preferring `curve`.
 * In a persona's own emotions lane, a stage without a point is a hit too, so
 * the facilitator can fill a gap by dragging in that column.
 */
export function emotionPointAt(layout: BoardLayout, worldX: number, worldY: number, radius: number, curve: EmotionCurve): EmotionHit | null {
  const row = rowAt(layout, worldY);
  const lane = row && row.kind === 'emotions' ? layout.emotionLanes.find((l) => l.laneId === row.laneId) : undefined;
  // Only the curve's band: notes kept below the curve stay notes.
  if (!row || !lane || worldY > lane.y + lane.height) return null;
  // Only the curve being edited: a to-be drag must never pick up the as-is face under it.
  for (const c of lane.curves.filter((candidate) => candidate.curve === curve)) {
    for (const p of c.points) {
      if (Math.hypot(p.x - worldX, p.y - worldY) <= radius) {
        return { laneId: lane.laneId, personaId: c.personaId, stageId: p.stageId, curve: c.curve, score: p.score, x: p.x };
      }
    }
  }
  const column = columnAt(layout, worldX);
  if (!column || row.personaId === null) return null;
  const existing = lane.curves.find((c) => c.curve === curve)?.points.find((p) => p.stageId === column.stageId);
  if (existing) return null;
  return { laneId: lane.laneId, personaId: row.personaId, stageId: column.stageId, curve, score: null, x: column.x + column.width / 2 };
}

export function stageDropIndex(layout: BoardLayout, worldX: number): number {
  return layout.columns.filter((c) => c.x + c.width / 2 < worldX).length;
}

export function boundsOf(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The note an arrow key moves to: the nearest note whose centre lies in that
 * direction, with sideways distance weighted so that "down" prefers the note
 * straight below over a closer one diagonally.
 */
export function neighbourNote(layout: BoardLayout, fromId: string, direction: Direction): NoteBox | null {
  const from = layout.noteIndex.get(fromId);
  if (!from) return null;
  const fx = from.x + from.width / 2;
  const fy = from.y + from.height / 2;
  let best: NoteBox | null = null;
  let bestScore = Infinity;
  for (const box of layout.notes) {
    if (box.id === fromId) continue;
    const dx = box.x + box.width / 2 - fx;
    const dy = box.y + box.height / 2 - fy;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 1) continue;
    const score = along + 3 * across;
    if (score < bestScore) {
      bestScore = score;
      best = box;
    }
  }
  return best;
}
