/**
 * Issue 11 item 5, semantic zoom: where note text would be unreadable the wall
 * shows what the room needs at that scale (a count per cell, the lane's title
 * repeated, a sparse cell's notes listed at a readable size, stage names down
 * narrow columns, curves thick enough to see), and the as-is and to-be curves
 * differ by weight as well as dash, with a legend that stays below the sticky
 * stage strip. Read from the painted pixels and the text calls.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cellSummary } from '../../renderer/board/paint/paintCellSummary';
import { FONT_FAMILY, LANE_STRIP_WIDTH, NOTE_PAINT, STAGE_STRIP_HEIGHT } from '../../renderer/board/theme';
import { type CellBox, intersects } from '../../renderer/model/layout';
import type { CjmDocument } from '../../renderer/model/types';
import { DocumentStore } from '../../renderer/state/documentStore';
import { setEmotionScore } from '../../renderer/state/commands/emotionCommands';
import { fullMap, minimalMap, workshop40Map } from '../fixtures/fixtureMaps';
import { BENCH_10K, BENCH_2K, generateMap } from '../fixtures/generateMap';
import { type MountedBoard, type Snapshot, type TextCall, fixedMap, isColor, isDarkInk, mountBoard, textWidth, toScreenRect, worldTextCalls } from './boardHarness';

let board: MountedBoard | null = null;
afterEach(() => {
  board?.unmount();
  board = null;
});

const inside = (call: TextCall, rect: { x: number; y: number; width: number; height: number }) =>
  call.x >= rect.x && call.x <= rect.x + rect.width && call.y >= rect.y && call.y <= rect.y + rect.height;

describe('semantic zoom on the 2,000-note wall', () => {
  it('at 25 % each full cell shows its count in a large figure and repeats its lane title', async () => {
    board = await mountBoard(fixedMap(generateMap(BENCH_2K).map));
    const { controller } = board;
    controller.setCamera({ x: LANE_STRIP_WIDTH + 16, y: STAGE_STRIP_HEIGHT + 12, scale: 0.25 });
    const layout = board.layout();
    const texts = worldTextCalls(board);
    const shot = board.paint();
    const view = controller.visibleWorld();
    const rowOf = new Map(layout.rows.map((r) => [r.laneId, r]));
    const cells = Object.values(layout.cells).filter(
      (c) => c.noteIds.length > 0 && intersects(c, view) && toScreenRect(controller, c).y > STAGE_STRIP_HEIGHT && toScreenRect(controller, c).y + toScreenRect(controller, c).height < 640,
    );
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) {
      const r = toScreenRect(controller, cell);
      if (r.x < LANE_STRIP_WIDTH || r.x + r.width > 1200) continue;
      const count = String(cell.noteIds.length + cell.leading.length);
      const figure = texts.find((t) => t.text === count && inside(t, r));
      expect(figure, `count ${count} in ${cell.laneId}|${cell.stageId}`).toBeDefined();
      expect(figure!.px, 'the count reads from the back of the room').toBeGreaterThanOrEqual(24);
      // Its ink is really there, dark on the white pill, at the cell's middle.
      const around = { x: figure!.x - figure!.px, y: figure!.y - figure!.px / 2, width: figure!.px * 2, height: figure!.px };
      expect(shot.count(around, isDarkInk, 1), `ink of ${count}`).toBeGreaterThan(20);
      const title = texts.find((t) => inside(t, { ...r, height: 24 }) && rowOf.get(cell.laneId)!.title.startsWith(t.text.replace('…', '')));
      expect(title, `lane title repeated in ${cell.laneId}|${cell.stageId}`).toBeDefined();
      expect(title!.px).toBeGreaterThanOrEqual(12);
    }
    // The notes' own text (at their note font, a few pixels on screen) is not drawn.
    expect(texts.every((t) => t.px >= 10)).toBe(true);
  });

  it('at fit, the whole wall shows, stage names run down the narrow columns and the curves stay thick', async () => {
    board = await mountBoard(fixedMap(generateMap(BENCH_2K).map));
    const { controller } = board;
    controller.fit();
    const layout = board.layout();
    const wall = toScreenRect(controller, { x: 0, y: 0, width: layout.width, height: layout.height });
    expect(wall.x).toBeGreaterThanOrEqual(LANE_STRIP_WIDTH);
    expect(wall.y).toBeGreaterThanOrEqual(STAGE_STRIP_HEIGHT);
    expect(wall.y + wall.height).toBeLessThanOrEqual(680);
    const texts = worldTextCalls(board);
    const shot = board.paint();
    for (const column of layout.columns) {
      const names = texts.filter((t) => t.text === column.name);
      expect(names.length, `${column.name} written once per persona band`).toBe(layout.bands.length);
      for (const name of names) expect(name.px).toBeGreaterThanOrEqual(12);
      const r = toScreenRect(controller, { x: column.x, y: layout.bands[0]!.y, width: column.width, height: layout.bands[0]!.height });
      expect(shot.count(r, isDarkInk, 1), `ink of ${column.name}`).toBeGreaterThan(30);
    }
    // Each as-is curve, at a face and half-way between two stages of equal score: persona colour at least 3 px tall, not a hairline.
    for (const lane of layout.emotionLanes) {
      for (const curve of lane.curves) {
        const flat = curve.points.findIndex((p, i) => i > 0 && p.score === curve.points[i - 1]!.score);
        expect(flat, 'two neighbouring stages with one score').toBeGreaterThan(0);
        const [a, b] = [curve.points[flat - 1]!, curve.points[flat]!];
        for (const [x, y] of [[b.x, b.y], [(a.x + b.x) / 2, a.y]] as const) {
          const p = toScreenRect(controller, { x, y, width: 0, height: 0 });
          const tall = shot.count({ x: p.x, y: p.y - 8, width: 1, height: 16 }, (px) => isColor(px, curve.color, 40), 1);
          expect(tall, `${curve.personaId} curve thickness on screen at ${Math.round(p.x)},${Math.round(p.y)}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });
});

describe('semantic zoom on the 10,000-note wall at fit (1 %)', () => {
  it('writes no stage name or number where its column is too narrow to hold it, so none run into each other', async () => {
    board = await mountBoard(fixedMap(generateMap(BENCH_10K).map));
    const { controller } = board;
    controller.fit();
    const layout = board.layout();
    const columnWidth = layout.columns[0]!.width * controller.getCamera().scale;
    expect(columnWidth, 'columns a few pixels wide').toBeLessThan(10);
    const names = new Set(layout.columns.map((c) => c.name));
    const vertical = worldTextCalls(board).filter((t) => names.has(t.text));
    for (const name of vertical) expect(name.px, `${name.text} in a ${columnWidth.toFixed(1)} px column`).toBeLessThanOrEqual(columnWidth);
    const numbers = worldTextCalls(board, 'headers').filter((t) => /^\d+$/.test(t.text));
    for (const number of numbers) expect(textWidth(number.text, `700 ${number.px}px ${FONT_FAMILY}`), `stage number ${number.text}`).toBeLessThanOrEqual(columnWidth);
  });
});

describe('semantic zoom on a sparse workshop wall', () => {
  it('at fit, a cell with room lists its notes as strips of their paper with readable text', async () => {
    board = await mountBoard(fixedMap(workshop40Map().map));
    const { controller } = board;
    controller.fit();
    const scale = controller.getCamera().scale;
    expect(scale).toBeLessThan(0.4);
    const layout = board.layout();
    const texts = worldTextCalls(board);
    const shot = board.paint();
    const listed = Object.values(layout.cells).filter((c: CellBox) => cellSummary(c, scale).kind === 'list');
    expect(listed.length).toBeGreaterThan(10);
    for (const cell of listed) {
      const r = toScreenRect(controller, cell);
      for (const id of cell.noteIds) {
        const note = layout.noteIndex[id]!;
        const start = note.lines.join(' ').slice(0, 4);
        const line = texts.find((t) => t.text.startsWith(start) && inside(t, r));
        expect(line, `${id} listed in its cell`).toBeDefined();
        expect(line!.px).toBeGreaterThanOrEqual(12);
        // Left of the text: the note's paper, and at the strip's edge its darker edge colour.
        expect(isColor(shot.at(line!.x - 1.5, line!.y), NOTE_PAINT[note.color].fill, 24), `${id} paper`).toBe(true);
        expect(isColor(shot.at(line!.x - 4.5, line!.y), NOTE_PAINT[note.color].edge, 24), `${id} edge`).toBe(true);
      }
    }
  });
});

describe('as-is and to-be curves', () => {
  /** minimal.cjm with one persona, an as-is and a to-be curve apart at every stage but the last, where they are equal. */
  async function twoCurves(): Promise<{ store: DocumentStore; color: string }> {
    const doc = minimalMap();
    const persona = Object.values(doc.map.personas)[0]!;
    const color = '#7c3aed';
    const coloured: CjmDocument = { ...doc, map: { ...doc.map, personas: { [persona.id]: { ...persona, color } } } };
    let n = 0;
    const store = new DocumentStore(coloured, { clock: { now: () => 0 }, newId: () => `e${++n}` });
    const stages = Object.values(doc.map.stages).sort((a, b) => (a.order < b.order ? -1 : 1));
    stages.forEach((stage, i) => {
      store.run(setEmotionScore, { personaId: persona.id, stageId: stage.id, curve: 'current', score: -2 });
      store.run(setEmotionScore, { personaId: persona.id, stageId: stage.id, curve: 'target', score: i === stages.length - 1 ? -2 : 2 });
    });
    return { store, color };
  }

  /** Rows of persona colour straight through the middle of a span, on screen. */
  function weight(shot: Snapshot, x: number, y: number, color: string): number {
    return shot.count({ x, y: y - 12, width: 1, height: 24 }, (p) => isColor(p, color, 60), 1);
  }

  it('the as-is curve is heavier than the to-be curve, and equal scores do not stack two faces', async () => {
    const { store, color } = await twoCurves();
    board = await mountBoard(store);
    const { controller } = board;
    const lane = board.layout().emotionLanes[0]!;
    controller.setCamera({ x: LANE_STRIP_WIDTH + 16 - lane.x, y: STAGE_STRIP_HEIGHT + 40 - lane.y, scale: 1 });
    const shot = board.paint();
    const asIs = lane.curves.find((c) => c.curve === 'current')!;
    const toBe = lane.curves.find((c) => c.curve === 'target')!;
    const mid = (c: typeof asIs) => toScreenRect(controller, { x: (c.points[0]!.x + c.points[1]!.x) / 2, y: c.points[0]!.y, width: 0, height: 0 });
    const a = mid(asIs);
    // The to-be curve is dashed: take the heaviest of a few columns along it.
    const b = mid(toBe);
    const toBeWeight = Math.max(...[-12, -6, 0, 6, 12].map((dx) => weight(shot, b.x + dx, b.y, color)));
    const asIsWeight = weight(shot, a.x, a.y, color);
    expect(asIsWeight, `as-is ${asIsWeight} px vs to-be ${toBeWeight} px`).toBeGreaterThan(toBeWeight);

    // At the last stage both scores are −2: one face, ringed by a dashed circle, not a white to-be face on top.
    const last = asIs.points.at(-1)!;
    controller.setCamera({ x: 700 - last.x, y: 360 - last.y, scale: 1 });
    const there = board.paint();
    const centre = toScreenRect(controller, { x: last.x, y: last.y, width: 0, height: 0 });
    expect(isColor(there.at(centre.x + 13.5, centre.y), color, 30), 'the as-is face is on top, filled').toBe(true);
    const ring = [0, 1, 2, 3, 4, 5, 6, 7].filter((k) => isColor(there.at(centre.x + 21.75 * Math.cos((k * Math.PI) / 4), centre.y + 21.75 * Math.sin((k * Math.PI) / 4)), color, 70));
    expect(ring.length, 'dashed ring around the face').toBeGreaterThan(0);
  });

  it('the legend names both curves and stays below the sticky stage strip while its lane scrolls under it', async () => {
    board = await mountBoard(fixedMap(fullMap().map));
    const { controller } = board;
    const lane = board.layout().emotionLanes.find((l) => l.curves.some((c) => c.curve === 'target'))!;
    // The lane's top 60 world px are under the stage strip.
    controller.setCamera({ x: LANE_STRIP_WIDTH + 16 - lane.x, y: STAGE_STRIP_HEIGHT - 60 - lane.y, scale: 1 });
    const texts = worldTextCalls(board);
    for (const name of ['As-is', 'To-be']) {
      const call = texts.find((t) => t.text === name);
      expect(call, `${name} in the legend`).toBeDefined();
      expect(call!.y, `${name} below the stage strip`).toBeGreaterThan(STAGE_STRIP_HEIGHT + 6);
      expect(call!.x).toBeGreaterThan(LANE_STRIP_WIDTH);
    }
  });
});
