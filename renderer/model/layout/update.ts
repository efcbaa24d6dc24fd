/**
 * The layout after a change, rebuilding only what the change touched. The
 * changes are the document's patch paths (immer's, but any `{ path }` will do):
 * a note or touchpoint patch rebuilds the cells it left and entered; rows below
 * a row whose height changed move down, sharing everything else; emotion lanes
 * are recomputed (a handful of points). Stages, lanes, personas, the map type
 * or the focus change the whole wall, so they lay it out again from scratch.
 */
import { compareOrdered } from '../order';
import { cellKey } from '../queries';
import type { JourneyMap, Lane, Persona } from '../types';
import { type CellContent, type NoteLists, type RowSource, computeLayout, contextOf, effectiveFocus, layOutEmotionLane, placeCell, placeRow, rowContents, shiftCell, stack } from './compute';
import { personaCard } from './personaCard';
import type { BoardLayout, Focus, LayoutOptions, NoteBox, PersonaCardBox, Rect } from './types';

export interface LayoutChange {
  readonly path: readonly (string | number)[];
}

/** Map fields the layout does not hold; a field that the layout starts to show must leave this set. */
const UNLAID: ReadonlySet<string | number> = new Set(['updatedAt', 'title', 'goal', 'locale', 'createdAt', 'id']);

const sameFocus = (a: Focus | null, b: Focus | null) => a === b || (!!a && !!b && a.personaId === b.personaId && a.mode === b.mode);

interface Touched {
  readonly notes: Set<string>;
  readonly touchpoints: Set<string>;
  emotions: boolean;
}

/** What the changes touch, or null when only a full layout will do. */
function classify(changes: readonly LayoutChange[]): Touched | null {
  const touched: Touched = { notes: new Set(), touchpoints: new Set(), emotions: false };
  for (const { path } of changes) {
    const [head, id] = path;
    if (head === undefined) return null; // the whole map was replaced
    if (UNLAID.has(head)) continue;
    if (head === 'emotionPoints') touched.emotions = true;
    else if ((head === 'notes' || head === 'touchpoints') && id !== undefined) touched[head].add(String(id));
    else return null;
  }
  return touched;
}

type Placed = { readonly laneId: string; readonly stageId: string; readonly order: string; readonly id: string };

/** The cell's members after the change: who was there, plus who moved in, minus who left. */
function members(previous: readonly string[], touched: ReadonlySet<string>, records: Readonly<Record<string, Placed>>, laneId: string, stageId: string): string[] {
  const ids = new Set(previous);
  for (const id of touched) ids.add(id);
  const here: Placed[] = [];
  for (const id of ids) {
    const record = records[id];
    if (record && record.laneId === laneId && record.stageId === stageId) here.push(record);
  }
  return here.sort(compareOrdered).map((r) => r.id);
}

function touchedCells(keys: Set<string>, ids: ReadonlySet<string>, before: Readonly<Record<string, Placed>>, after: Readonly<Record<string, Placed>>): void {
  for (const id of ids) {
    for (const record of [before[id], after[id]]) if (record) keys.add(cellKey(record.laneId, record.stageId));
  }
}

export function updateLayout(previous: BoardLayout, previousMap: JourneyMap, map: JourneyMap, changes: readonly LayoutChange[], options: LayoutOptions): BoardLayout {
  const touched = classify(changes);
  if (!touched || !sameFocus(previous.focus, effectiveFocus(map, options.focus))) return computeLayout(map, options);
  if (touched.notes.size === 0 && touched.touchpoints.size === 0 && !touched.emotions) return previous;

  const ctx = { ...contextOf(map, options), columns: previous.columns };
  const rowsByLane = new Map(previous.rows.map((r) => [r.laneId, r]));
  if (touched.notes.size === 0 && touched.touchpoints.size === 0) {
    // Only emotion points changed: the curves are redrawn where their lanes already are; nothing else moves.
    const emotionLanes = previous.emotionLanes.map((l) => layOutEmotionLane(ctx, map.lanes[l.laneId]!, l.y, rowsByLane.get(l.laneId)!.dimmed));
    return { ...previous, emotionLanes };
  }
  const previousRows = rowContents(previous);
  if (!previousRows) return computeLayout(map, options);
  // Cells by lane, in column order: the columns are the previous layout's, since a stage change lays the wall out again.
  const cellsByLane = new Map(previousRows.map((r) => [r.row.laneId, r.cells]));
  const keys = new Set<string>();
  touchedCells(keys, touched.notes, previousMap.notes, map.notes);
  touchedCells(keys, touched.touchpoints, previousMap.touchpoints, map.touchpoints);

  const rowFor: RowSource = (lane: Lane, top, dimmed, bandColor) => {
    const before = rowsByLane.get(lane.id);
    const cells = ctx.columns.map((column, i) => {
      const key = cellKey(lane.id, column.stageId);
      const old = before ? (cellsByLane.get(lane.id)?.[i] ?? null) : null;
      if (old && before && !keys.has(key)) return shiftCell(old, top - before.y);
      const noteIds = members(old?.cell.noteIds ?? [], touched.notes, map.notes, lane.id, column.stageId);
      const touchpointIds = members(old?.cell.touchpointIds ?? [], touched.touchpoints, map.touchpoints, lane.id, column.stageId);
      return placeCell(ctx, lane, column, top, dimmed, noteIds, touchpointIds);
    });
    return placeRow(lane, top, dimmed, bandColor, cells);
  };

  /**
   * The flat list is copied (cheap), but the index is the previous layout's,
   * patched in place for the cells that were rebuilt or moved: building a
   * 10,000-key record again cost more than the rest of a drop's layout. The
   * previous layout is replaced by this one, so nothing reads its index again.
   */
  const noteLists: NoteLists = (rows) => {
    const notes: NoteBox[] = [];
    const left: string[] = [];
    const placed: NoteBox[] = [];
    for (const { row, cells } of rows) {
      const before = cellsByLane.get(row.laneId);
      cells.forEach((content, i) => {
        for (const note of content.notes) notes.push(note);
        const old = before?.[i];
        if (old?.notes === content.notes) return;
        if (old) for (const note of old.notes) left.push(note.id);
        for (const note of content.notes) placed.push(note);
      });
    }
    const noteIndex = previous.noteIndex as Record<string, NoteBox>;
    for (const id of left) delete noteIndex[id];
    for (const note of placed) noteIndex[note.id] = note;
    return { notes, noteIndex };
  };

  const cards = new Map<string, PersonaCardBox>(previous.personaCards.map((c) => [c.personaId, c]));
  const cardFor = (persona: Persona, rect: Rect, dimmed: boolean) => {
    const card = cards.get(persona.id);
    const same = card && card.x === rect.x && card.y === rect.y && card.width === rect.width && card.height === rect.height && card.dimmed === dimmed;
    return same ? card : personaCard(persona, rect, dimmed, ctx.measure, ctx.text);
  };
  return stack(ctx, rowFor, cardFor, noteLists);
}
