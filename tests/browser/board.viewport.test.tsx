/**
 * Viewport behaviour a facilitator relies on: the stage and lane headers stick
 * to the edges however far the wall is panned, and zooming in re-renders at
 * device resolution instead of scaling up a bitmap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BOARD, LANE_STRIP_WIDTH, NOTE_PAINT, STAGE_STRIP_HEIGHT } from '../../renderer/board/theme';
import { MAX_SCALE } from '../../renderer/board/camera';
import { fullMap } from '../fixtures/fixtureMaps';
import {
  type MountedBoard,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  colorDistance,
  expectOneSize,
  fixedMap,
  isColor,
  isDarkInk,
  isWhiteInk,
  labelRatios,
  mountBoard,
  rgbText,
  toScreenRect,
} from './boardHarness';

let board: MountedBoard | null = null;
afterEach(() => {
  board?.unmount();
  board = null;
});

describe('sticky headers', () => {
  it('keep the stage names along the top and the lane titles down the left after a long pan', async () => {
    const map = fullMap().map;
    board = await mountBoard(fixedMap(map));
    const { controller } = board;
    // Far right and far down: the wall's own top rows and first stages are well off-screen.
    controller.setCamera({ x: LANE_STRIP_WIDTH + 16 - 1500, y: STAGE_STRIP_HEIGHT + 12 - 1500, scale: 1 });
    const shot = board.paint();
    const layout = board.layout();
    expect(toScreenRect(controller, { x: 0, y: 0, width: 1, height: 1 }).y).toBeLessThan(-1000);

    // Top strip: the header fill along the whole width, painted by the header layer over the world.
    expect(shot.count({ x: 0, y: 3, width: VIEW_WIDTH, height: 2 }, (p) => !isColor(p, BOARD.headerFill, 4))).toBe(0);
    for (let x = 0; x < VIEW_WIDTH; x += 7) expect(shot.layerAt('headers', x, 4)[3], `header layer opaque at ${x},4`).toBe(255);
    // Each stage now in view shows its own name in its own (panned) column.
    const stageSpots = layout.columns
      .map((column) => ({ column, r: toScreenRect(controller, { x: column.x, y: 0, width: column.width, height: 0 }) }))
      .filter(({ r }) => r.x + 12 >= LANE_STRIP_WIDTH && r.x + r.width <= VIEW_WIDTH)
      .map(({ column, r }) => ({ rect: { x: Math.ceil(r.x) + 2, y: 8, width: Math.floor(r.width) - 4, height: 34 }, left: r.x + 12, text: `${column.index + 1}. ${column.name}` }));
    expect(stageSpots.length).toBeGreaterThan(0);
    expectOneSize(labelRatios(shot, stageSpots, isWhiteInk), stageSpots, 'stage names');

    // Left strip: opaque over the world all the way down, with the title of every lane in view level with its row.
    for (let y = STAGE_STRIP_HEIGHT; y < VIEW_HEIGHT; y += 7) {
      expect(shot.layerAt('headers', LANE_STRIP_WIDTH - 6, y)[3], `lane strip opaque at y=${y}`).toBe(255);
      const p = shot.at(LANE_STRIP_WIDTH - 6, y);
      expect(Math.min(p[0], p[1], p[2]), `lane strip is light at y=${y}: ${rgbText(p)}`).toBeGreaterThan(200);
    }
    const laneSpots = layout.rows
      .map((row) => ({ row, r: toScreenRect(controller, { x: 0, y: row.y, width: 0, height: row.height }) }))
      .filter(({ r }) => r.y >= STAGE_STRIP_HEIGHT + 40 && r.y + r.height <= VIEW_HEIGHT)
      .map(({ row, r }) => ({ rect: { x: 14, y: r.y, width: LANE_STRIP_WIDTH - 16, height: r.height }, left: 22, text: (row.collapsed ? '▸ ' : '') + row.title }));
    expect(laneSpots.length).toBeGreaterThanOrEqual(2);
    expectOneSize(labelRatios(shot, laneSpots, isDarkInk), laneSpots, 'lane titles');

    // The persona whose band fills the view keeps its name label stuck under the stage strip.
    const band = layout.bands.find((b) => {
      const r = toScreenRect(controller, { x: 0, y: b.y, width: 0, height: b.height });
      return r.y < STAGE_STRIP_HEIGHT && r.y + r.height > STAGE_STRIP_HEIGHT + 60;
    })!;
    expect(band, 'a band spans the top of the view').toBeDefined();
    expect(isColor(shot.at(LANE_STRIP_WIDTH - 6, STAGE_STRIP_HEIGHT + 8), '#f1f5f9', 6), 'persona label box').toBe(true);
    expect(isColor(shot.at(4, STAGE_STRIP_HEIGHT + 20), band.color, 6), 'band colour edge').toBe(true);
    expect(shot.count({ x: 50, y: STAGE_STRIP_HEIGHT, width: LANE_STRIP_WIDTH - 70, height: 38 }, isDarkInk), `name of ${band.name}`).toBeGreaterThan(20);
  });
});

describe('zoom', () => {
  it('re-renders at device resolution at 400 %, so edges and text stay crisp', async () => {
    const map = fullMap().map;
    board = await mountBoard(fixedMap(map));
    const { controller, canvases } = board;
    const note = board.layout().notes.find((n) => n.color === 'yellow')!;
    // 400 %, the note's top-left corner at a whole screen pixel inside the body.
    controller.setCamera({ x: LANE_STRIP_WIDTH + 40 - note.x * MAX_SCALE, y: STAGE_STRIP_HEIGHT + 40 - note.y * MAX_SCALE, scale: MAX_SCALE });
    const shot = board.paint();

    // The backing store is the viewport's size in device pixels, shown 1:1 (not a stretched bitmap).
    const ratio = window.devicePixelRatio;
    for (const canvas of Object.values(canvases)) {
      expect(canvas.width).toBe(Math.round(VIEW_WIDTH * ratio));
      expect(canvas.height).toBe(Math.round(VIEW_HEIGHT * ratio));
      const box = canvas.getBoundingClientRect();
      expect([box.width, box.height]).toEqual([VIEW_WIDTH, VIEW_HEIGHT]);
    }

    // The note's left edge (at a whole pixel) goes straight from cell to paper, with no blended device pixel between.
    const left = LANE_STRIP_WIDTH + 40;
    const y = STAGE_STRIP_HEIGHT + 40 + (note.height * MAX_SCALE) / 2;
    const row = Array.from({ length: 16 }, (_, i) => shot.at(left + (i - 8) / shot.pixelRatio, y));
    const cell = row[0]!;
    expect(isColor(cell, NOTE_PAINT.yellow.fill, 12), `left of the note is its cell: ${rgbText(cell)}`).toBe(false);
    const sharp = row.map((p, i) => (i < 8 ? colorDistance(p, cell) === 0 : isColor(p, NOTE_PAINT.yellow.fill, 2)));
    expect(sharp.every(Boolean), `8 cell then 8 paper pixels across the edge, got ${row.map(rgbText).join(' ')}`).toBe(true);

    // The first line of text: glyph cores in the full text colour, 4× the size of the note's font.
    const text = { x: left + 10 * MAX_SCALE, y: STAGE_STRIP_HEIGHT + 40 + 10 * MAX_SCALE, width: 120 * MAX_SCALE, height: note.fontSize * 1.25 * MAX_SCALE };
    expect(shot.count(text, (p) => isColor(p, BOARD.text, 8), 2)).toBeGreaterThan(200);
  });
});
