/**
 * The layout module, without a canvas: where notes sit in a cell, how tall
 * lanes get, what the pointer hits, where a dragged note would land, persona
 * focus, and arrow-key navigation between notes.
 */
import { describe, expect, it } from 'vitest';
import {
  BAND_HEADER_HEIGHT,
  CELL_PADDING,
  COLLAPSED_LANE_HEIGHT,
  EMOTION_LANE_HEIGHT,
  MIN_LANE_HEIGHT,
  NOTE_GAP,
  NOTE_MIN_HEIGHT,
  NOTE_WIDTH,
  type BoardLayout,
  type CellBox,
  type Focus,
  cellAt,
  columnAt,
  columnsFor,
  computeLayout,
  dropIndex,
  noteAt,
  rowAt,
  slotRect,
} from '../../../renderer/model/layout';
import { keysBetween } from '../../../renderer/model/order';
import type { FittedText } from '../../../renderer/model/textFit';
import type { JourneyMap, Note } from '../../../renderer/model/types';
import { generateMap } from '../../fixtures/generateMap';

/** A note's text is its height: "h150" fits in a 150-unit note. */
const fitNote = (text: string): FittedText => ({ fontSize: 20, lines: [text], height: Number(text.slice(1)) });
const layoutOf = (map: JourneyMap, focus: Focus | null = null): BoardLayout => computeLayout(map, { fitNote, focus });

/*
 * Two personas, each with the current-state lanes
 *   l0001 actions, l0002 thoughts, l0003 emotions, l0004 touchpoints, l0005 pains, l0006 opportunities (p0001)
 *   l0007 … l0012 the same for p0002
 * and three stages of 400 (two note columns), 560 (three) and 200 (one).
 */
const STAGE_WIDTHS = [400, 560, 200];

interface NoteSpec {
  readonly lane: string;
  readonly stage: string;
  readonly height: number;
}

function mapWith(notes: Record<string, NoteSpec>, changes: { collapsed?: string[]; shared?: boolean } = {}): JourneyMap {
  const base = generateMap({ personas: 2, stages: 3, totalNotes: 0, seed: 3, emotionPoints: true, touchpointsPerStage: 0, sharedLanes: changes.shared ? ['backstage'] : [] }).map;
  const stages = Object.fromEntries(Object.values(base.stages).map((s, i) => [s.id, { ...s, width: STAGE_WIDTHS[i]! }]));
  const lanes = Object.fromEntries(Object.values(base.lanes).map((l) => [l.id, { ...l, collapsed: changes.collapsed?.includes(l.id) ?? false }]));
  // Order keys ascend in the spec's order within each cell; the records are inserted in reverse to prove the order key wins.
  const perCell = new Map<string, number>();
  for (const spec of Object.values(notes)) perCell.set(`${spec.lane}|${spec.stage}`, (perCell.get(`${spec.lane}|${spec.stage}`) ?? 0) + 1);
  const keys = new Map([...perCell].map(([key, count]) => [key, keysBetween(null, null, count)]));
  const records: Record<string, Note> = {};
  for (const [id, spec] of Object.entries(notes)) {
    const order = keys.get(`${spec.lane}|${spec.stage}`)!.shift()!;
    records[id] = { id, laneId: spec.lane, stageId: spec.stage, order, text: `h${spec.height}`, color: 'yellow' };
  }
  const reversed = Object.fromEntries(Object.entries(records).reverse());
  return { ...base, stages, lanes, notes: reversed };
}

/** Five notes in actions × s0001 (two columns), a tall one alone in actions × s0003, one in thoughts × s0002. */
const GRID = {
  a: { lane: 'l0001', stage: 's0001', height: 104 },
  b: { lane: 'l0001', stage: 's0001', height: 150 },
  c: { lane: 'l0001', stage: 's0001', height: 104 },
  d: { lane: 'l0001', stage: 's0001', height: 104 },
  e: { lane: 'l0001', stage: 's0001', height: 120 },
  tall: { lane: 'l0001', stage: 's0003', height: 300 },
  t1: { lane: 'l0002', stage: 's0002', height: 104 },
} as const satisfies Record<string, NoteSpec>;

const box = (layout: BoardLayout, id: string) => {
  const found = layout.noteIndex[id];
  if (!found) throw new Error(`note ${id} is not laid out`);
  return found;
};
const cell = (layout: BoardLayout, lane: string, stage: string): CellBox => layout.cells[`${lane}|${stage}`]!;
const row = (layout: BoardLayout, lane: string) => layout.rows.find((r) => r.laneId === lane)!;
const column = (layout: BoardLayout, stage: string) => layout.columns.find((c) => c.stageId === stage)!;

describe('columnsFor', () => {
  it('fits as many note columns as the stage width allows, and at least one', () => {
    const exactly = (n: number) => n * NOTE_WIDTH + (n - 1) * NOTE_GAP + 2 * CELL_PADDING;
    expect(columnsFor(exactly(1))).toBe(1);
    expect(columnsFor(exactly(2))).toBe(2);
    expect(columnsFor(exactly(2) - 1)).toBe(1);
    expect(columnsFor(exactly(3))).toBe(3);
    expect(columnsFor(exactly(3) - 1)).toBe(2);
    expect(columnsFor(400)).toBe(2);
    expect(columnsFor(560)).toBe(3);
    expect(columnsFor(100)).toBe(1);
  });
});

describe('note grid in a cell', () => {
  const layout = layoutOf(mapWith(GRID));
  const actions = row(layout, 'l0001');
  const s1 = column(layout, 's0001');

  it('places notes row by row in order, each grid row as tall as its tallest note', () => {
    const left = s1.x + CELL_PADDING;
    const right = left + NOTE_WIDTH + NOTE_GAP;
    const top = actions.y + CELL_PADDING;
    const second = top + 150 + NOTE_GAP; // a and b share a row; b is 150 tall
    const third = second + 104 + NOTE_GAP;
    expect(cell(layout, 'l0001', 's0001').noteIds).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => [box(layout, id).x, box(layout, id).y])).toEqual([
      [left, top],
      [right, top],
      [left, second],
      [right, second],
      [left, third],
    ]);
    expect(['a', 'b', 'e'].map((id) => [box(layout, id).width, box(layout, id).height])).toEqual([
      [NOTE_WIDTH, 104],
      [NOTE_WIDTH, 150],
      [NOTE_WIDTH, 120],
    ]);
    expect(cell(layout, 'l0001', 's0001').columns).toBe(2);
    expect(cell(layout, 'l0001', 's0002').columns).toBe(3);
  });

  it('makes the lane as tall as its tallest cell, and every cell of the row that tall', () => {
    const fullest = CELL_PADDING + 150 + NOTE_GAP + 104 + NOTE_GAP + 120 + CELL_PADDING; // three grid rows: [a, b], [c, d], [e]
    expect(fullest).toBe(418);
    expect(actions.height).toBe(418);
    for (const stage of ['s0001', 's0002', 's0003']) expect(cell(layout, 'l0001', stage).height).toBe(418);
    // The single 300-unit note in s0003 needs less than the five-note cell.
    expect(box(layout, 'tall').y + 300 + CELL_PADDING).toBeLessThan(actions.y + actions.height);
  });

  it('grows a row with its notes, from the minimum lane height', () => {
    expect(row(layout, 'l0002').height).toBe(MIN_LANE_HEIGHT); // one 104 note
    expect(row(layout, 'l0005').height).toBe(MIN_LANE_HEIGHT); // empty
    expect(row(layout, 'l0003').height).toBe(EMOTION_LANE_HEIGHT);
    const taller = layoutOf(mapWith({ ...GRID, big: { lane: 'l0002', stage: 's0002', height: 400 } }));
    // t1 and big side by side (three columns): the row is the taller note plus padding.
    expect(row(taller, 'l0002').height).toBe(400 + 2 * CELL_PADDING);
    expect(row(taller, 'l0005').y).toBe(row(layout, 'l0005').y + 400 + 2 * CELL_PADDING - MIN_LANE_HEIGHT);
  });

  it('stacks band header rows and lanes top to bottom without gaps', () => {
    expect(layout.rows[0]!.y).toBe(BAND_HEADER_HEIGHT);
    for (let i = 1; i < 6; i++) expect(layout.rows[i]!.y).toBe(layout.rows[i - 1]!.y + layout.rows[i - 1]!.height);
    const secondBand = layout.bands[1]!;
    expect(secondBand.y).toBe(layout.rows[5]!.y + layout.rows[5]!.height);
    expect(layout.rows[6]!.y).toBe(secondBand.y + BAND_HEADER_HEIGHT);
    expect(layout.height).toBe(layout.rows.at(-1)!.y + layout.rows.at(-1)!.height);
    expect(layout.width).toBe(STAGE_WIDTHS.reduce((a, b) => a + b, 0));
  });

  it('gives a collapsed lane a thin row and no notes', () => {
    const collapsed = layoutOf(mapWith(GRID, { collapsed: ['l0001'] }));
    expect(row(collapsed, 'l0001').height).toBe(COLLAPSED_LANE_HEIGHT);
    expect(collapsed.notes.map((n) => n.id).sort()).toEqual(['t1']);
    expect(cell(collapsed, 'l0001', 's0001').noteIds).toEqual([]);
    expect(noteAt(collapsed, s1.x + 20, row(collapsed, 'l0001').y + 5)).toBeNull();
  });
});

describe('hit testing', () => {
  const layout = layoutOf(mapWith(GRID));
  const [s1, s2, s3] = [column(layout, 's0001'), column(layout, 's0002'), column(layout, 's0003')];
  const actions = row(layout, 'l0001');

  it('finds the column under an x, with the left edge inside and the right edge in the next one', () => {
    expect(columnAt(layout, s1.x)?.stageId).toBe('s0001');
    expect(columnAt(layout, s1.x + s1.width - 0.5)?.stageId).toBe('s0001');
    expect(columnAt(layout, s2.x)?.stageId).toBe('s0002');
    expect(columnAt(layout, s3.x + s3.width - 1)?.stageId).toBe('s0003');
    expect(columnAt(layout, s3.x + s3.width)).toBeNull();
    expect(columnAt(layout, -1)).toBeNull();
  });

  it('finds the row under a y, and none on a band header row or below the wall', () => {
    expect(rowAt(layout, BAND_HEADER_HEIGHT / 2)).toBeNull();
    expect(rowAt(layout, actions.y)?.laneId).toBe('l0001');
    expect(rowAt(layout, actions.y + actions.height - 0.5)?.laneId).toBe('l0001');
    expect(rowAt(layout, actions.y + actions.height)?.laneId).toBe('l0002');
    // The last lane of a band ends where the next band's header row starts.
    expect(rowAt(layout, layout.bands[1]!.y)).toBeNull();
    expect(rowAt(layout, layout.bands[1]!.y + 1)).toBeNull();
    expect(rowAt(layout, layout.height)).toBeNull();
  });

  it('finds the cell at a point from its row and column', () => {
    expect(cellAt(layout, s2.x + 1, actions.y + 1)).toMatchObject({ laneId: 'l0001', stageId: 's0002', x: s2.x, y: actions.y });
    expect(cellAt(layout, s2.x + 1, 1)).toBeNull();
    expect(cellAt(layout, layout.width + 1, actions.y + 1)).toBeNull();
  });

  it('finds a note only inside its box, not in the padding or the gaps between notes', () => {
    const a = box(layout, 'a');
    const b = box(layout, 'b');
    expect(noteAt(layout, a.x + 1, a.y + 1)?.id).toBe('a');
    expect(noteAt(layout, a.x + a.width, a.y + a.height)?.id).toBe('a');
    expect(noteAt(layout, b.x + b.width / 2, b.y + 149)?.id).toBe('b');
    expect(noteAt(layout, a.x + a.width + NOTE_GAP / 2, a.y + 10)).toBeNull(); // between a and b
    expect(noteAt(layout, a.x + 10, a.y + a.height + 20)).toBeNull(); // under a, beside b's extra height
    expect(noteAt(layout, s1.x + CELL_PADDING / 2, a.y + 10)).toBeNull(); // cell padding
    expect(noteAt(layout, box(layout, 'tall').x + 5, box(layout, 'tall').y + 299)?.id).toBe('tall');
  });
});

describe('dropping a note into a cell', () => {
  const layout = layoutOf(mapWith(GRID));
  const target = cell(layout, 'l0001', 's0001');
  const none = new Set<string>();
  const [a, b, c] = [box(layout, 'a'), box(layout, 'b'), box(layout, 'c')];

  it('counts the notes before the pointer in reading order', () => {
    expect(dropIndex(layout, target, a.x + 10, a.y - 5, none)).toBe(0); // above everything
    expect(dropIndex(layout, target, a.x + 10, a.y + 10, none)).toBe(0); // left half of a
    expect(dropIndex(layout, target, a.x + a.width - 10, a.y + 10, none)).toBe(1); // right half of a
    expect(dropIndex(layout, target, b.x + 10, b.y + 10, none)).toBe(1); // left half of b
    expect(dropIndex(layout, target, b.x + b.width - 10, b.y + 10, none)).toBe(2);
    expect(dropIndex(layout, target, c.x + 10, c.y + 10, none)).toBe(2); // start of the second row
    expect(dropIndex(layout, target, a.x + 10, target.y + target.height - 2, none)).toBe(5); // below everything
  });

  it('ignores the notes being moved', () => {
    expect(dropIndex(layout, target, b.x + b.width - 10, b.y + 10, new Set(['a']))).toBe(1);
    expect(dropIndex(layout, target, a.x + 10, target.y + target.height - 2, new Set(['a', 'b']))).toBe(3);
  });

  it('previews the slot a dropped note would take, with the notes that stay reflowed', () => {
    const left = target.x + CELL_PADDING;
    const right = left + NOTE_WIDTH + NOTE_GAP;
    const top = target.y + CELL_PADDING;
    expect(slotRect(layout, target, 0, none)).toEqual({ x: left, y: top, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT });
    // Index 2 starts the second grid row, below b (150 tall).
    expect(slotRect(layout, target, 2, none)).toEqual({ x: left, y: top + 150 + NOTE_GAP, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT });
    // After all five: the second slot of the third row.
    expect(slotRect(layout, target, 5, none)).toEqual({ x: right, y: top + 150 + 104 + 2 * NOTE_GAP, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT });
    // Moving b out: a and the preview share the first row, which is now only 104 tall.
    expect(slotRect(layout, target, 1, new Set(['b']))).toEqual({ x: right, y: top, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT });
    expect(slotRect(layout, target, 2, new Set(['b']))).toEqual({ x: left, y: top + 104 + NOTE_GAP, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT });
    // An empty cell: its first slot.
    const empty = cell(layout, 'l0005', 's0002');
    expect(slotRect(layout, empty, 0, none)).toEqual({ x: empty.x + CELL_PADDING, y: empty.y + CELL_PADDING, width: NOTE_WIDTH, height: NOTE_MIN_HEIGHT });
  });
});

describe('persona focus', () => {
  const notes = { mine: { lane: 'l0001', stage: 's0001', height: 104 }, theirs: { lane: 'l0007', stage: 's0001', height: 104 }, shared: { lane: 'l0013', stage: 's0002', height: 104 } };
  const map = mapWith(notes, { shared: true });

  it('dims the other personas’ bands, lanes, notes and curves, not the focused persona or shared lanes', () => {
    const layout = layoutOf(map, { personaId: 'p0001', mode: 'dim' });
    expect(layout.bands.map((b) => [b.personaId, b.dimmed])).toEqual([
      ['p0001', false],
      ['p0002', true],
      [null, false],
    ]);
    expect(layout.rows.filter((r) => r.dimmed).every((r) => r.personaId === 'p0002')).toBe(true);
    expect(layout.rows.filter((r) => r.personaId === 'p0002').every((r) => r.dimmed)).toBe(true);
    expect([box(layout, 'mine').dimmed, box(layout, 'theirs').dimmed, box(layout, 'shared').dimmed]).toEqual([false, true, false]);
    const curves = layout.emotionLanes.flatMap((l) => l.curves);
    expect(curves.map((c) => [c.personaId, c.dimmed])).toEqual([
      ['p0001', false],
      ['p0002', true],
    ]);
    // Dimming keeps the geometry.
    expect(layout.height).toBe(layoutOf(map).height);
  });

  it('hides the other personas’ bands entirely, and closes the gap', () => {
    const all = layoutOf(map);
    const layout = layoutOf(map, { personaId: 'p0001', mode: 'hide' });
    expect(layout.bands.map((b) => b.personaId)).toEqual(['p0001', null]);
    expect(layout.rows.some((r) => r.personaId === 'p0002')).toBe(false);
    expect(layout.noteIndex['theirs']).toBeUndefined();
    expect(layout.notes.map((n) => n.id).sort()).toEqual(['mine', 'shared']);
    const hiddenBand = all.bands.find((b) => b.personaId === 'p0002')!;
    expect(layout.height).toBe(all.height - hiddenBand.height);
    expect(layout.bands[1]!.y).toBe(hiddenBand.y);
    expect(nothingDimmed(layout)).toBe(true);
  });

  it('ignores a focus on a persona that no longer exists', () => {
    const layout = layoutOf(map, { personaId: 'gone', mode: 'hide' });
    expect(layout.bands).toHaveLength(3);
    expect(nothingDimmed(layout)).toBe(true);
  });
});

function nothingDimmed(layout: BoardLayout): boolean {
  return !layout.bands.some((b) => b.dimmed) && !layout.rows.some((r) => r.dimmed) && !layout.notes.some((n) => n.dimmed);
}
