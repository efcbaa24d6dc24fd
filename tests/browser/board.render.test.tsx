/**
 * The board paints a fixture map: notes in their paper colours, a header per
 * stage and a title per lane, nothing for a collapsed lane, blocks when zoomed
 * far out, and only the notes in view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardController } from '../../renderer/board/boardController';
import { cellSummary } from '../../renderer/board/paint/paintCellSummary';
import { BOARD, LANE_STRIP_WIDTH, NOTE_PAINT, STAGE_STRIP_HEIGHT } from '../../renderer/board/theme';
import { bandLabelGeometry, cellOf, intersects, type NoteBox } from '../../renderer/model/layout';
import type { JourneyMap } from '../../renderer/model/types';
import { MIN_STAGE_WIDTH } from '../../renderer/model/schema';
import { DocumentStore } from '../../renderer/state/documentStore';
import { setLaneCollapsed } from '../../renderer/state/commands/laneCommands';
import { fullMap, minimalMap } from '../fixtures/fixtureMaps';
import {
  type MountedBoard,
  type Snapshot,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  expectOneSize,
  fixedMap,
  isColor,
  isDarkInk,
  isWhiteInk,
  labelRatios,
  mountBoard,
  notesDrawn,
  paperProbes,
  rgbText,
  textsDrawn,
  toScreenPoint,
  toScreenRect,
} from './boardHarness';

const paper = (box: NoteBox) => NOTE_PAINT[box.color].fill;

let board: MountedBoard | null = null;
afterEach(() => {
  board?.unmount();
  board = null;
});

/** Camera at the board's home position (lane strip + margin), at a given zoom. */
function home(controller: BoardController, scale: number): void {
  controller.setCamera({ x: LANE_STRIP_WIDTH + 16, y: STAGE_STRIP_HEIGHT + 12, scale });
}

/** Notes the board should show: every note in an expanded lane, whatever the lane's kind. */
function visibleNoteIds(map: JourneyMap): string[] {
  return Object.values(map.notes)
    .filter((n) => {
      const lane = map.lanes[n.laneId];
      return lane !== undefined && !lane.collapsed;
    })
    .map((n) => n.id)
    .sort();
}

describe('board paints minimal.cjm', () => {
  it('paints every note in its paper colour, a header per stage and a title per lane', async () => {
    const map = minimalMap().map;
    board = await mountBoard(fixedMap(map));
    const { controller } = board;
    home(controller, 0.45); // every stage and lane of the minimal map in view; text still drawn
    const shot = board.paint();
    const layout = board.layout();

    // Every note of the map is laid out, once.
    expect(layout.notes.map((n) => n.id).sort()).toEqual(Object.keys(map.notes).sort());
    expect(layout.notes).toHaveLength(3);

    for (const box of layout.notes) {
      for (const probe of paperProbes(controller, box)) {
        expect(isColor(shot.at(probe.x, probe.y), paper(box)), `${box.id} (${box.color}) at ${probe.x},${probe.y}: ${rgbText(shot.at(probe.x, probe.y))}`).toBe(true);
      }
      // Just right of the note is the cell, not paper.
      const beside = toScreenPoint(controller, box.x + box.width + 30, box.y + box.height / 2);
      expect(isColor(shot.at(beside.x, beside.y), paper(box)), `cell beside ${box.id}`).toBe(false);
    }

    // Stage strip: dark fill along the top; in each column its own name (white text from its left) and a separator at its right.
    expect(shot.count({ x: 0, y: 3, width: VIEW_WIDTH, height: 2 }, (p) => !isColor(p, BOARD.headerFill, 4))).toBe(0);
    const stageSpots = layout.columns.map((column) => {
      const cell = toScreenRect(controller, { x: column.x, y: 0, width: column.width, height: 0 });
      expect(isColor(shot.at(cell.x + cell.width - 1, STAGE_STRIP_HEIGHT / 2), '#4b5563', 24), `separator after ${column.name}`).toBe(true);
      return { rect: { x: Math.ceil(cell.x) + 2, y: 8, width: Math.floor(cell.width) - 4, height: 34 }, left: cell.x + 12, text: `${column.index + 1}. ${column.name}` };
    });
    expectOneSize(labelRatios(shot, stageSpots, isWhiteInk), stageSpots, 'stage names');
    // Right of the last stage (past the add-stage button) no stage name is painted.
    const end = toScreenRect(controller, { x: layout.width, y: 0, width: 0, height: 0 }).x + 56;
    expect(shot.count({ x: end, y: 8, width: VIEW_WIDTH - end, height: 34 }, isWhiteInk)).toBe(0);

    // Lane strip: each lane's own title beside its row, and the persona's colour down the edge.
    const persona = Object.values(map.personas)[0]!;
    const titleLeft = bandLabelGeometry(controller.getCamera().scale).barWidth + 10;
    const laneSpots = layout.rows.map((row) => {
      const r = toScreenRect(controller, { x: 0, y: row.y, width: 0, height: row.height });
      expect(isColor(shot.at(4, r.y + r.height / 2), persona.color), `band edge beside ${row.title}`).toBe(true);
      return { rect: { x: titleLeft - 8, y: r.y, width: LANE_STRIP_WIDTH - titleLeft + 6, height: r.height }, left: titleLeft, text: row.title };
    });
    expectOneSize(labelRatios(shot, laneSpots, isDarkInk), laneSpots, 'lane titles');
    // Below the last lane the strip is empty.
    const bottom = toScreenRect(controller, { x: 0, y: layout.height, width: 0, height: 0 }).y + 4;
    expect(shot.count({ x: 22, y: bottom, width: LANE_STRIP_WIDTH - 40, height: VIEW_HEIGHT - bottom }, isDarkInk)).toBe(0);
  });
});

describe('board paints full.cjm', () => {
  it('lays out every note of the expanded note lanes', async () => {
    const map = fullMap().map;
    board = await mountBoard(fixedMap(map));
    expect(board.layout().notes.map((n) => n.id).sort()).toEqual(visibleNoteIds(map));
  });

  it('does not paint the notes of a collapsed lane, and paints them once it is expanded', async () => {
    const doc = fullMap();
    const store = new DocumentStore(doc, { clock: { now: () => 0 }, newId: () => 'x' });
    board = await mountBoard(store);
    const { controller } = board;
    const collapsed = board.layout().rows.find((r) => r.collapsed)!;
    const hiddenNotes = Object.values(doc.map.notes).filter((n) => n.laneId === collapsed.laneId);
    const teal = hiddenNotes.find((n) => n.color === 'teal')!;
    expect(teal, 'full.cjm has a teal note in its collapsed lane').toBeDefined();
    const column = board.layout().columns.find((c) => c.stageId === teal.stageId)!;
    // The collapsed row at y = 300 on screen, the teal note's stage at the left of the body.
    controller.setCamera({ x: LANE_STRIP_WIDTH + 16 - column.x, y: 300 - collapsed.y, scale: 1 });

    const rowOnScreen = { x: LANE_STRIP_WIDTH, y: 300, width: VIEW_WIDTH - LANE_STRIP_WIDTH, height: collapsed.height };
    const tealPixels = (shot: Snapshot) => shot.count(rowOnScreen, (p) => isColor(p, NOTE_PAINT.teal.fill), 2);
    expect(tealPixels(board.paint())).toBe(0);
    expect(board.layout().notes.filter((n) => n.laneId === collapsed.laneId)).toEqual([]);

    // Control: expanding the lane paints the note where the collapsed row was.
    const expanded = board.nextLayout();
    store.run(setLaneCollapsed, { laneId: collapsed.laneId, collapsed: false });
    const box = (await expanded).noteIndex[teal.id]!;
    expect(box).toBeDefined();
    const shot = board.paint();
    expect(tealPixels(shot)).toBeGreaterThan(100);
    for (const probe of paperProbes(controller, box)) expect(isColor(shot.at(probe.x, probe.y), NOTE_PAINT.teal.fill)).toBe(true);

    const collapsedAgain = board.nextLayout();
    store.undo();
    await collapsedAgain;
    expect(tealPixels(board.paint())).toBe(0);
    expect(board.layout().notes.filter((n) => n.laneId === collapsed.laneId)).toEqual([]);
  });

  it('draws notes as plain paper blocks below the readable zoom, without their text', async () => {
    const map = fullMap().map;
    board = await mountBoard(fixedMap(map));
    const { controller } = board;
    controller.fit();
    const scale = controller.getCamera().scale;
    const layout = board.layout();
    // The whole wall fits; every note's text would be below 5 px on screen.
    expect(Math.max(...layout.notes.map((n) => n.fontSize)) * scale).toBeLessThan(5);

    const texts = textsDrawn(board);
    const shot = board.paint();
    // Cells with room list their notes at a readable size instead (board.semanticZoom.test.tsx).
    const blocks = layout.notes.filter((n) => cellSummary(layout.cells[`${n.laneId}|${n.stageId}`]!, scale).kind !== 'list');
    expect(blocks.length).toBeGreaterThan(0);
    for (const box of blocks) {
      expect(box.lines.some((line) => texts.has(line)), `text of ${box.id} drawn at ${Math.round(scale * 100)}%`).toBe(false);
      // Its paper, near one of its corners at least (the cell's count may sit over its middle).
      const probes = [[0.12, 0.2], [0.88, 0.2], [0.12, 0.85], [0.88, 0.85]].map(([fx, fy]) => toScreenPoint(controller, box.x + box.width * fx!, box.y + box.height * fy!));
      expect(probes.some((p) => isColor(shot.at(p.x, p.y), paper(box), 16)), `${box.id} (${box.color}) at ${Math.round(scale * 100)}%: ${probes.map((p) => rgbText(shot.at(p.x, p.y))).join(' ')}`).toBe(true);
    }

    // Control: at 100 % the same notes draw their text.
    controller.resetZoom();
    const readable = textsDrawn(board);
    const inView = layout.notes.filter((n) => intersects(n, controller.visibleWorld()));
    expect(inView.length).toBeGreaterThan(0);
    for (const box of inView) expect(readable.has(box.lines[0]!), `text of ${box.id} at 100%`).toBe(true);
  });

  it('draws only the notes in view, and follows the camera when it pans', async () => {
    const map = fullMap().map;
    board = await mountBoard(fixedMap(map));
    const { controller } = board;
    home(controller, 1);
    const layout = board.layout();
    const inView = () => new Set(layout.notes.filter((n) => intersects(n, controller.visibleWorld())).map((n) => n.id));

    const before = notesDrawn(board, paper);
    expect(before.size).toBeGreaterThan(0);
    expect(before.size).toBeLessThan(layout.notes.length);
    expect(before).toEqual(inView());

    // Pan far right and down: what was drawn is now out of view, and is not drawn.
    const camera = controller.getCamera();
    controller.setCamera({ ...camera, x: camera.x - 1300, y: camera.y - 1500 });
    const after = notesDrawn(board, paper);
    expect(after.size).toBeGreaterThan(0);
    expect(after).toEqual(inView());
    for (const id of before) expect(after.has(id), `${id} was left of / above the view after panning`).toBe(false);
  });
  it('draws exactly the notes in view wherever the view starts, a note overhanging a narrow stage included', async () => {
    // The paint finds the visible rows and columns by binary search (cellsIn):
    // a view edge inside a row, a column, a gap or a note must not lose one.
    const { map } = fullMap();
    const first = Object.values(map.stages).sort((a, b) => (a.order < b.order ? -1 : 1))[0]!;
    const narrowed: JourneyMap = { ...map, stages: { ...map.stages, [first.id]: { ...first, width: MIN_STAGE_WIDTH } } };
    board = await mountBoard(fixedMap(narrowed));
    const { controller } = board;
    const layout = board.layout();
    const inView = () => new Set(layout.notes.filter((n) => intersects(n, controller.visibleWorld())).map((n) => n.id));

    // A stage narrower than a note: its notes reach into the next column.
    const overhanging = layout.notes.filter((n) => n.stageId === first.id && n.x + n.width > cellOf(layout, n.laneId, n.stageId)!.x + MIN_STAGE_WIDTH);
    expect(overhanging.length).toBeGreaterThan(0);
    const note = overhanging[0]!;
    controller.setCamera({ x: -(note.x + note.width - 10), y: -(note.y - 20), scale: 1 });
    const drawn = notesDrawn(board, paper);
    expect(drawn.has(note.id), 'the overhanging note whose right edge is in view').toBe(true);
    expect(drawn).toEqual(inView());

    for (const scale of [1, 0.5]) {
      for (let wx = -200; wx < layout.width; wx += 137) {
        for (let wy = -100; wy < layout.height; wy += 211) {
          controller.setCamera({ x: -wx * scale, y: -wy * scale, scale });
          expect(notesDrawn(board, paper), `view at ${wx}, ${wy}, ${scale}`).toEqual(inView());
        }
      }
    }
  });
});
