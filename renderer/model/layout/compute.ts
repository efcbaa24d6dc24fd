/**
 * Builds a layout: columns from the stages, then band by band and lane by
 * lane, each row as tall as its tallest cell. The work is split so that
 * `update.ts` can rebuild only the cells a change touched: `placeCell` lays out
 * one cell at a row's top, `shiftCell` moves a laid-out cell, and `stack`
 * walks the rows top to bottom asking for each one.
 *
 * A little over 300 lines: those three pieces share the per-layout cell table
 * that lets the next layout reuse untouched cells, so they stay in one module.
 */
import { BLUEPRINT_LINES } from '../conventions';
import { cellKey, laneBands, notesByCell, sortedPersonas, sortedStages } from '../queries';
import { sortByOrder } from '../order';
import { estimateTextWidth, type MeasureText } from '../textFit';
import type { JourneyMap, Lane, Persona } from '../types';
import {
  BAND_HEADER_HEIGHT,
  CELL_PADDING,
  COLLAPSED_LANE_HEIGHT,
  EMOTION_LANE_HEIGHT,
  HIT_RADII,
  MIN_LANE_HEIGHT,
  NOTE_WIDTH,
  PERSONA_CARD_COLUMN,
  PERSONA_CARD_MIN_HEIGHT,
  RAW_TEXT,
  SHARED_BAND_COLOR,
  TOUCHPOINT_HEIGHT,
} from './constants';
import { emotionLane } from './emotionCurve';
import { type GridItem, columnsFor, placeGrid } from './grid';
import { minimapFor } from './minimap';
import { personaCard } from './personaCard';
import { touchpointText } from './touchpointCard';
import type {
  BandBox,
  BlueprintLineBox,
  BoardLayout,
  CellBox,
  ColumnBox,
  EmotionLaneBox,
  Focus,
  LayoutOptions,
  LayoutText,
  NoteBox,
  PersonaCardBox,
  Rect,
  RowBox,
  TouchpointBox,
} from './types';

export interface LayoutContext {
  readonly map: JourneyMap;
  readonly fitNote: LayoutOptions['fitNote'];
  readonly measure: MeasureText;
  readonly text: LayoutText;
  readonly focus: Focus | null;
  readonly columns: readonly ColumnBox[];
  readonly cardColumn: BoardLayout['cardColumn'];
  readonly width: number;
  readonly personas: readonly Persona[];
}

/** A focus on a persona that no longer exists is no focus. */
export const effectiveFocus = (map: JourneyMap, focus: Focus | null): Focus | null => (focus && map.personas[focus.personaId] ? focus : null);

export function contextOf(map: JourneyMap, options: LayoutOptions): LayoutContext {
  const columns: ColumnBox[] = [];
  const showsCards = Object.values(map.personas).some((p) => p.showCard);
  const cardColumn = showsCards ? { x: 0, width: PERSONA_CARD_COLUMN } : null;
  let x = cardColumn ? cardColumn.width : 0;
  sortedStages(map).forEach((stage, index) => {
    columns.push({ stageId: stage.id, index, name: stage.name, color: stage.color, x, width: stage.width });
    x += stage.width;
  });
  return {
    map,
    fitNote: options.fitNote,
    measure: options.measure ?? estimateTextWidth,
    text: options.text ?? RAW_TEXT,
    focus: effectiveFocus(map, options.focus),
    columns,
    cardColumn,
    width: x,
    personas: sortedPersonas(map),
  };
}

/** One laid-out cell: its box and what it holds. */
export interface CellContent {
  readonly cell: CellBox;
  readonly notes: readonly NoteBox[];
  readonly touchpoints: readonly TouchpointBox[];
}

export interface RowContent {
  readonly row: RowBox;
  readonly cells: readonly CellContent[];
}

/** Lays out one cell with its top at `rowTop`; its height is set by `placeRow`. */
export function placeCell(
  ctx: LayoutContext,
  lane: Lane,
  column: ColumnBox,
  rowTop: number,
  dimmed: boolean,
  noteIds: readonly string[],
  touchpointIds: readonly string[],
): CellContent {
  // In an emotions lane the curve keeps its height and any notes sit below it.
  const gridTop = lane.kind === 'emotions' ? rowTop + EMOTION_LANE_HEIGHT - CELL_PADDING : rowTop;
  const shown = !lane.collapsed;
  const tpIds = shown ? touchpointIds : [];
  const nIds = shown ? noteIds : [];
  // Touchpoint cards first, then notes, in any lane: changing a lane's kind never hides what it holds.
  const items: GridItem[] = [];
  for (const id of tpIds) items.push({ id, kind: 'touchpoint', height: TOUCHPOINT_HEIGHT });
  const fitted = nIds.map((id) => ctx.fitNote(ctx.map.notes[id]!.text));
  nIds.forEach((id, i) => items.push({ id, kind: 'note', height: fitted[i]!.height }));
  const grid = placeGrid(items, column.x, gridTop, columnsFor(column.width));
  const touchpoints: TouchpointBox[] = [];
  const notes: NoteBox[] = [];
  grid.placed.forEach((slot, i) => {
    if (slot.kind === 'touchpoint') {
      const tp = ctx.map.touchpoints[slot.id]!;
      const text = touchpointText(tp, ctx.measure, ctx.text);
      touchpoints.push({ id: tp.id, laneId: tp.laneId, stageId: tp.stageId, x: slot.x, y: slot.y, width: NOTE_WIDTH, height: slot.height, touchpoint: tp, ...text, dimmed });
      return;
    }
    const note = ctx.map.notes[slot.id]!;
    const fit = fitted[i - tpIds.length]!;
    notes.push({
      id: note.id,
      laneId: note.laneId,
      stageId: note.stageId,
      x: slot.x,
      y: slot.y,
      width: NOTE_WIDTH,
      height: fit.height,
      color: note.color,
      fontSize: fit.fontSize,
      lines: fit.lines,
      dimmed,
    });
  });
  const cell: CellBox = {
    laneId: lane.id,
    stageId: column.stageId,
    x: column.x,
    y: rowTop,
    width: column.width,
    height: 0,
    noteIds: nIds,
    touchpointIds: tpIds,
    leading: tpIds.map(() => TOUCHPOINT_HEIGHT),
    gridTop,
    columns: columnsFor(column.width),
    contentHeight: grid.contentHeight === 0 ? 0 : gridTop - rowTop + grid.contentHeight,
  };
  return { cell, notes, touchpoints };
}

/** The same cell `dy` lower; its boxes are new objects, the rest is shared. */
export function shiftCell(content: CellContent, dy: number): CellContent {
  if (dy === 0) return content;
  return {
    cell: { ...content.cell, y: content.cell.y + dy, gridTop: content.cell.gridTop + dy },
    notes: content.notes.map((n) => ({ ...n, y: n.y + dy })),
    touchpoints: content.touchpoints.map((t) => ({ ...t, y: t.y + dy })),
  };
}

/** A row from its cells: as tall as its tallest cell, and every cell as tall as the row. */
export function placeRow(lane: Lane, top: number, dimmed: boolean, bandColor: string, cells: readonly CellContent[]): RowContent {
  let height = COLLAPSED_LANE_HEIGHT;
  if (!lane.collapsed) {
    height = lane.kind === 'emotions' ? EMOTION_LANE_HEIGHT : MIN_LANE_HEIGHT;
    for (const c of cells) height = Math.max(height, c.cell.contentHeight);
  }
  const row: RowBox = { laneId: lane.id, personaId: lane.personaId, kind: lane.kind, title: lane.title, y: top, height, collapsed: lane.collapsed, dimmed, bandColor };
  return { row, cells: cells.map((c) => (c.cell.height === height ? c : { ...c, cell: { ...c.cell, height } })) };
}

/** A persona's own emotions lane shows its curves; a shared one overlays every persona's. */
export function layOutEmotionLane(ctx: LayoutContext, lane: Lane, top: number, dimmed: boolean): EmotionLaneBox {
  const { focus } = ctx;
  const curvePersonas = lane.personaId ? ctx.personas.filter((p) => p.id === lane.personaId) : ctx.personas;
  const isDimmed = (personaId: string) => (focus !== null && personaId !== focus.personaId ? true : dimmed);
  return emotionLane(ctx.map, lane.id, top, EMOTION_LANE_HEIGHT, ctx.columns, curvePersonas, isDimmed);
}

export type RowSource = (lane: Lane, top: number, dimmed: boolean, bandColor: string) => RowContent;
export type CardSource = (persona: Persona, rect: Rect, dimmed: boolean) => PersonaCardBox;

/** The flat note list and the note index of laid-out rows; `update.ts` passes one that patches the previous index. */
export type NoteLists = (rows: readonly RowContent[]) => Pick<BoardLayout, 'notes' | 'noteIndex'>;

const freshNoteLists: NoteLists = (rows) => {
  const notes: NoteBox[] = [];
  const noteIndex: Record<string, NoteBox> = {};
  for (const { cells } of rows) {
    for (const content of cells) {
      for (const note of content.notes) {
        notes.push(note);
        noteIndex[note.id] = note;
      }
    }
  }
  return { notes, noteIndex };
};

/**
 * The rows each layout was built from, so that the next incremental layout
 * reuses a cell's boxes as they are instead of looking each one up again.
 * A side table, not a field: the layout stays plain data.
 */
const rowsOf = new WeakMap<BoardLayout, readonly RowContent[]>();

export const rowContents = (layout: BoardLayout): readonly RowContent[] | undefined => rowsOf.get(layout);

/** Walks bands and lanes top to bottom; rows come from `rowFor`, so a caller decides what to rebuild. */
export function stack(ctx: LayoutContext, rowFor: RowSource, cardFor: CardSource, noteLists: NoteLists = freshNoteLists): BoardLayout {
  const { map, focus, cardColumn } = ctx;
  const rows: RowContent[] = [];
  const bands: BandBox[] = [];
  const personaCards: PersonaCardBox[] = [];
  const blueprintLines: BlueprintLineBox[] = [];
  const emotionLanes: EmotionLaneBox[] = [];
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
      const content = rowFor(lane, y, dimmed, bandColor);
      rows.push(content);
      if (lane.kind === 'emotions' && !lane.collapsed) emotionLanes.push(layOutEmotionLane(ctx, lane, y, dimmed));
      y += content.row.height;
      const line = map.mapType === 'serviceBlueprint' ? BLUEPRINT_LINES.find((l) => l.below === lane.kind) : undefined;
      if (line && !lane.collapsed) blueprintLines.push({ line: line.line, y });
    }
    if (cardColumn && persona?.showCard) {
      // A short band grows so that the card is never cut off.
      y = Math.max(y, bandTop + BAND_HEADER_HEIGHT + PERSONA_CARD_MIN_HEIGHT);
      const rect = {
        x: cardColumn.x + CELL_PADDING,
        y: bandTop + BAND_HEADER_HEIGHT + CELL_PADDING,
        width: cardColumn.width - 2 * CELL_PADDING,
        height: y - bandTop - BAND_HEADER_HEIGHT - 2 * CELL_PADDING,
      };
      personaCards.push(cardFor(persona, rect, dimmed));
    }
    bands.push({ personaId: band.personaId, name: persona?.name ?? '', color: bandColor, y: bandTop, height: y - bandTop, dimmed });
  }
  const layout = assemble(ctx, rows, noteLists(rows), { bands, personaCards, blueprintLines, emotionLanes, height: y });
  rowsOf.set(layout, rows);
  return layout;
}

/** Flattens the rows into the layout's lists and indexes. */
function assemble(
  ctx: LayoutContext,
  rows: readonly RowContent[],
  { notes, noteIndex }: Pick<BoardLayout, 'notes' | 'noteIndex'>,
  rest: Pick<BoardLayout, 'bands' | 'personaCards' | 'blueprintLines' | 'emotionLanes' | 'height'>,
): BoardLayout {
  const cells: Record<string, CellBox> = {};
  const touchpoints: TouchpointBox[] = [];
  for (const { cells: rowCells } of rows) {
    for (const content of rowCells) {
      cells[cellKey(content.cell.laneId, content.cell.stageId)] = content.cell;
      for (const tp of content.touchpoints) touchpoints.push(tp);
    }
  }
  return {
    width: ctx.width,
    cardColumn: ctx.cardColumn,
    columns: ctx.columns,
    rows: rows.map((r) => r.row),
    cells,
    notes,
    noteIndex,
    touchpoints,
    ...rest,
    focus: ctx.focus,
    minimap: minimapFor(ctx.width, rest.height),
    hitRadii: HIT_RADII,
  };
}

export function computeLayout(map: JourneyMap, options: LayoutOptions): BoardLayout {
  const ctx = contextOf(map, options);
  const noteCells = notesByCell(map);
  const touchpointCells = new Map<string, string[]>();
  for (const tp of sortByOrder(Object.values(map.touchpoints))) {
    const key = cellKey(tp.laneId, tp.stageId);
    const list = touchpointCells.get(key);
    if (list) list.push(tp.id);
    else touchpointCells.set(key, [tp.id]);
  }
  const rowFor: RowSource = (lane, top, dimmed, bandColor) =>
    placeRow(
      lane,
      top,
      dimmed,
      bandColor,
      ctx.columns.map((column) => {
        const key = cellKey(lane.id, column.stageId);
        const noteIds = (noteCells.get(key) ?? []).map((n) => n.id);
        return placeCell(ctx, lane, column, top, dimmed, noteIds, touchpointCells.get(key) ?? []);
      }),
    );
  return stack(ctx, rowFor, (persona, rect, dimmed) => personaCard(persona, rect, dimmed, ctx.measure, ctx.text));
}
