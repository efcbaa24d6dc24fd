/**
 * The emotion curve (issue 4): points at the stage column centres and the
 * lane's score scale, a face per point in the persona's colour, a gap where a
 * stage has no score, and a curve that stays consistent when a stage is
 * deleted and the deletion is undone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardController } from '../../renderer/board/boardController';
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from '../../renderer/board/theme';
import { type BoardLayout, EMOTION_PADDING, type EmotionCurveBox, type EmotionLaneBox, yForScore } from '../../renderer/model/layout';
import { EMOTION_MAX, EMOTION_MIN } from '../../renderer/model/schema';
import type { CjmDocument } from '../../renderer/model/types';
import { DocumentStore } from '../../renderer/state/documentStore';
import { setEmotionScore } from '../../renderer/state/commands/emotionCommands';
import { deleteStage } from '../../renderer/state/commands/stageCommands';
import { minimalMap } from '../fixtures/fixtureMaps';
import { type MountedBoard, type Snapshot, VIEW_HEIGHT, isColor, mountBoard, rgbText, toScreenPoint } from './boardHarness';

/** Not the selection blue, not a note paper: a face or curve pixel cannot come from anything else. */
const PERSONA_COLOR = '#7c3aed';
/** Scores per stage of minimal.cjm (5 stages); null leaves the stage without a point: a gap. */
const SCORES: readonly (number | null)[] = [3, 0, null, -3, 1];

let board: MountedBoard;
let store: DocumentStore;
let stageIds: string[];
let personaId: string;

beforeEach(async () => {
  const doc = minimalMap();
  const persona = Object.values(doc.map.personas)[0]!;
  personaId = persona.id;
  const coloured: CjmDocument = { ...doc, map: { ...doc.map, personas: { [persona.id]: { ...persona, color: PERSONA_COLOR } } } };
  let n = 0;
  store = new DocumentStore(coloured, { clock: { now: () => 0 }, newId: () => `e${++n}` });
  stageIds = Object.values(doc.map.stages)
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((s) => s.id);
  SCORES.forEach((score, i) => {
    if (score !== null) store.run(setEmotionScore, { personaId, stageId: stageIds[i]!, curve: 'current', score });
  });
  board = await mountBoard(store);
});
afterEach(() => board.unmount());

function lane(layout: BoardLayout): EmotionLaneBox {
  expect(layout.emotionLanes).toHaveLength(1);
  return layout.emotionLanes[0]!;
}

function curve(layout: BoardLayout): EmotionCurveBox {
  const curves = lane(layout).curves;
  expect(curves).toHaveLength(1);
  return curves[0]!;
}

const columnCentre = (layout: BoardLayout, stageId: string) => {
  const column = layout.columns.find((c) => c.stageId === stageId)!;
  return column.x + column.width / 2;
};

/** 100 % zoom with world point (wx, wy) at the middle of the board's body. */
function lookAt(controller: BoardController, wx: number, wy: number): void {
  controller.setCamera({ x: LANE_STRIP_WIDTH + 400 - wx, y: (STAGE_STRIP_HEIGHT + VIEW_HEIGHT) / 2 - wy, scale: 1 });
}

/** Persona-coloured pixels on the vertical screen line at world x, over the whole emotion lane. */
function curvePixelsAtX(mounted: MountedBoard, wx: number): number {
  const layout = mounted.layout();
  const l = lane(layout);
  lookAt(mounted.controller, wx, l.y + l.height / 2);
  const shot = mounted.paint();
  const top = toScreenPoint(mounted.controller, wx, l.y);
  return shot.count({ x: Math.floor(top.x) - 1, y: Math.ceil(top.y), width: 3, height: Math.floor(l.height) }, (p) => isColor(p, PERSONA_COLOR, 40));
}

/** The curve's colour at the middle of the span between two adjacent points (x and y both half-way, by symmetry of the span). */
function spanMiddle(mounted: MountedBoard, a: { x: number; y: number }, b: { x: number; y: number }): Snapshot & { mid: { x: number; y: number } } {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  lookAt(mounted.controller, mid.x, mid.y);
  return Object.assign(mounted.paint(), { mid: toScreenPoint(mounted.controller, mid.x, mid.y) });
}

describe('emotion curve', () => {
  it('places each point at its stage column centre and at the lane’s height for its score', () => {
    const layout = board.layout();
    const l = lane(layout);
    const c = curve(layout);

    // The scale: +3 at the top padding, −3 at the bottom padding, 0 on the zero line, strictly monotonic.
    expect(yForScore(l, EMOTION_MAX)).toBeCloseTo(l.y + EMOTION_PADDING, 6);
    expect(yForScore(l, EMOTION_MIN)).toBeCloseTo(l.y + l.height - EMOTION_PADDING, 6);
    expect(yForScore(l, 0)).toBeCloseTo(l.zeroY, 6);
    expect(l.zeroY).toBeCloseTo(l.y + l.height / 2, 6);
    for (let s = EMOTION_MIN; s < EMOTION_MAX; s++) expect(yForScore(l, s + 1)).toBeLessThan(yForScore(l, s));

    // One point per scored stage, in stage order, none for the stage without a score.
    const scored = SCORES.flatMap((score, i) => (score === null ? [] : [{ stageId: stageIds[i]!, score }]));
    expect(c.points.map((p) => ({ stageId: p.stageId, score: p.score }))).toEqual(scored);
    for (const p of c.points) {
      expect(p.x).toBeCloseTo(columnCentre(layout, p.stageId), 6);
      expect(p.y).toBeCloseTo(yForScore(l, p.score), 6);
    }
    expect(c.color).toBe(PERSONA_COLOR);
  });

  it('paints a face in the persona’s colour at every point', () => {
    const c = curve(board.layout());
    for (const p of c.points) {
      lookAt(board.controller, p.x, p.y);
      const shot = board.paint();
      const centre = toScreenPoint(board.controller, p.x, p.y);
      // The face's rim (radius 15): between the icon's own circle and the ring, all persona colour.
      for (let k = 0; k < 8; k++) {
        const angle = (k * Math.PI) / 4;
        const x = centre.x + 13.5 * Math.cos(angle);
        const y = centre.y + 13.5 * Math.sin(angle);
        expect(isColor(shot.at(x, y), PERSONA_COLOR, 24), `face of ${p.stageId} (score ${p.score}) at angle ${k * 45}: ${rgbText(shot.at(x, y))}`).toBe(true);
      }
      // Outside the face (radius 30 straight up or down, away from the curve), no persona colour.
      const away = toScreenPoint(board.controller, p.x, p.y + (p.score > 0 ? 30 : -30));
      expect(isColor(shot.at(away.x, away.y), PERSONA_COLOR, 40), `outside the face of ${p.stageId}`).toBe(false);
    }
  });

  it('breaks the curve at a stage without a score', () => {
    const layout = board.layout();
    const c = curve(layout);
    const [s1, s2, s3, s4, s5] = stageIds as [string, string, string, string, string];
    const point = (id: string) => c.points.find((p) => p.stageId === id)!;

    // Two segments: s1–s2 and s4–s5; neither reaches into the gap column.
    expect(c.segments).toHaveLength(2);
    expect(c.segments[0]!.start).toEqual([point(s1).x, point(s1).y]);
    expect(c.segments[0]!.spans.map((s) => [s[4], s[5]])).toEqual([[point(s2).x, point(s2).y]]);
    expect(c.segments[1]!.start).toEqual([point(s4).x, point(s4).y]);
    expect(c.segments[1]!.spans.map((s) => [s[4], s[5]])).toEqual([[point(s5).x, point(s5).y]]);

    // Within a segment the line is painted half-way between the points…
    const within = spanMiddle(board, point(s1), point(s2));
    expect(isColor(within.at(within.mid.x, within.mid.y), PERSONA_COLOR, 24), `curve half-way s1–s2: ${rgbText(within.at(within.mid.x, within.mid.y))}`).toBe(true);
    const within2 = spanMiddle(board, point(s4), point(s5));
    expect(isColor(within2.at(within2.mid.x, within2.mid.y), PERSONA_COLOR, 24)).toBe(true);

    // …but nowhere in the lane between s2's point and s4's point: the boundaries either side of s3 and its centre.
    const gapColumn = layout.columns.find((col) => col.stageId === s3)!;
    for (const x of [gapColumn.x, columnCentre(layout, s3), gapColumn.x + gapColumn.width]) {
      expect(curvePixelsAtX(board, x), `curve pixels across the gap at x=${x}`).toBe(0);
    }
    // Control: the same vertical scan does find the curve within a segment.
    expect(curvePixelsAtX(board, (point(s1).x + point(s2).x) / 2)).toBeGreaterThan(0);
  });

  it('stays consistent when the gap’s stage is deleted, and undo restores the gap', async () => {
    const [s1, s2, s3, s4, s5] = stageIds as [string, string, string, string, string];
    const before = board.layout();
    const pointsBefore = curve(before).points;

    const deleted = board.nextLayout();
    store.run(deleteStage, { stageId: s3 });
    const after = await deleted;
    const c = curve(after);
    expect(after.columns.map((col) => col.stageId)).toEqual([s1, s2, s4, s5]);
    // The remaining points sit at the new column centres (s4 and s5 moved left by one stage width).
    expect(c.points.map((p) => p.stageId)).toEqual([s1, s2, s4, s5]);
    for (const p of c.points) {
      expect(p.x).toBeCloseTo(columnCentre(after, p.stageId), 6);
      expect(p.y).toBeCloseTo(yForScore(lane(after), p.score), 6);
    }
    const width3 = before.columns.find((col) => col.stageId === s3)!.width;
    expect(c.points.find((p) => p.stageId === s4)!.x).toBeCloseTo(pointsBefore.find((p) => p.stageId === s4)!.x - width3, 6);
    // No gap any more: one segment through all four points, painted between s2 and s4.
    expect(c.segments).toHaveLength(1);
    expect(c.segments[0]!.spans.map((s) => s[4])).toEqual(c.points.slice(1).map((p) => p.x));
    const p2 = c.points[1]!;
    const p4 = c.points[2]!;
    const joined = spanMiddle(board, p2, p4);
    expect(isColor(joined.at(joined.mid.x, joined.mid.y), PERSONA_COLOR, 24), 'curve joins s2 and s4').toBe(true);

    const undone = board.nextLayout();
    expect(store.undo()).toBe(true);
    const restored = await undone;
    expect(curve(restored).points).toEqual(pointsBefore);
    expect(curve(restored).segments).toHaveLength(2);
    expect(curvePixelsAtX(board, columnCentre(restored, s3))).toBe(0);
  });

  it('drops the point of a deleted scored stage and recomputes the segments; undo brings it back', async () => {
    const [s1, s2, , s4, s5] = stageIds as [string, string, string, string, string];
    const pointsBefore = curve(board.layout()).points;

    const deleted = board.nextLayout();
    store.run(deleteStage, { stageId: s2 });
    const after = await deleted;
    const c = curve(after);
    expect(c.points.map((p) => p.stageId)).toEqual([s1, s4, s5]);
    for (const p of c.points) expect(p.x).toBeCloseTo(columnCentre(after, p.stageId), 6);
    // s1 alone (the gap at s3 still follows it), then s4–s5.
    expect(c.segments.map((s) => s.spans.length)).toEqual([0, 1]);
    expect(c.segments[0]!.start).toEqual([c.points[0]!.x, c.points[0]!.y]);
    // Nothing is painted where s2's face was: that column is now the gap stage s3, without a score.
    const gapCentre = columnCentre(after, stageIds[2]!);
    expect(gapCentre).toBeCloseTo(pointsBefore.find((p) => p.stageId === s2)!.x, 6);
    expect(curvePixelsAtX(board, gapCentre)).toBe(0);

    const undone = board.nextLayout();
    store.undo();
    const restored = await undone;
    expect(curve(restored).points).toEqual(pointsBefore);
    expect(curve(restored).segments.map((s) => s.spans.length)).toEqual([1, 1]);
    expect(curvePixelsAtX(board, pointsBefore.find((p) => p.stageId === s2)!.x)).toBeGreaterThan(0);
  });
});
