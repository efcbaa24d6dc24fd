/**
 * The present path, without a canvas: overview, each stage, closing overview;
 * each framed stage readable (no note text under 18 px at 1280×720), tall
 * stages cut into sub-frames at row boundaries, and the keys' moves.
 */
import { describe, expect, it } from 'vitest';
import { NOTE_MIN_HEIGHT, NOTE_WIDTH, type BoardLayout, computeLayout } from '../../../renderer/model/layout';
import {
  MIN_PRESENT_TEXT,
  PRESENT_MARGIN,
  type PresentStep,
  cutSpans,
  fitScale,
  frameAt,
  nextPosition,
  presentPath,
  previousPosition,
  smallestNoteFont,
} from '../../../renderer/model/present';
import { estimateTextWidth, fitText } from '../../../renderer/model/textFit';
import type { JourneyMap } from '../../../renderer/model/types';
import { generateMap } from '../../fixtures/generateMap';

/** The body of a 1280×720 window: the screen less the lane strip (232) and the stage strip (52). */
const VIEW_1280 = { width: 1280 - 232, height: 720 - 52 };

const layoutOf = (map: JourneyMap): BoardLayout =>
  computeLayout(map, { fitNote: (text) => fitText(text, NOTE_WIDTH, NOTE_MIN_HEIGHT, estimateTextWidth), focus: null });

const smallestOnScreen = (layout: BoardLayout, step: PresentStep & { kind: 'stage' }) =>
  Math.min(...step.frames.map((rect) => fitScale(rect, VIEW_1280) * smallestNoteFont(layout, step.stageId)!));

describe('present path', () => {
  const small = layoutOf(generateMap({ personas: 1, lanesPerPersona: 2, sharedLanes: [], stages: 4, notesPerCell: 1, seed: 2 }).map);

  it('is an overview, each stage in order, then a closing overview', () => {
    const path = presentPath(small, VIEW_1280);
    expect(path.map((s) => s.kind)).toEqual(['overview', 'stage', 'stage', 'stage', 'stage', 'closing']);
    expect(path.slice(1, -1).map((s) => s.stageId)).toEqual(small.columns.map((c) => c.stageId));
    expect(path[0]!.frames).toEqual([{ x: 0, y: 0, width: small.width, height: small.height }]);
  });

  it('frames a short stage whole, its column at full height', () => {
    const step = presentPath(small, VIEW_1280)[1]!;
    const column = small.columns[0]!;
    expect(step.frames).toEqual([{ x: column.x, y: 0, width: column.width, height: small.height }]);
  });

  it('cuts a tall stage into sub-frames, each keeping every note text at 18 px or more', () => {
    const tall = layoutOf(generateMap({ personas: 3, lanesPerPersona: 8, stages: 10, totalNotes: 2000, seed: 1 }).map);
    const path = presentPath(tall, VIEW_1280);
    const stages = path.filter((s): s is PresentStep & { kind: 'stage' } => s.kind === 'stage');
    expect(stages).toHaveLength(10);
    for (const step of stages) {
      expect(step.frames.length).toBeGreaterThan(1);
      expect(smallestOnScreen(tall, step)).toBeGreaterThanOrEqual(MIN_PRESENT_TEXT - 1e-9);
      // Together the sub-frames cover the whole column, top to bottom.
      expect(step.frames[0]!.y).toBe(0);
      const bottom = Math.max(...step.frames.map((f) => f.y + f.height));
      expect(bottom).toBeGreaterThanOrEqual(tall.height);
      // Centred on the stage's column.
      const column = tall.columns.find((c) => c.stageId === step.stageId)!;
      for (const f of step.frames) expect(f.x + f.width / 2).toBeCloseTo(column.x + column.width / 2, 6);
      // The same zoom for each, so ↓ scrolls without jumping.
      const scales = new Set(step.frames.map((f) => fitScale(f, VIEW_1280).toFixed(6)));
      expect(scales.size).toBe(1);
    }
  });

  it('never frames empty space below the wall: the last sub-frame shows the rows above it instead', () => {
    const tall = layoutOf(generateMap({ personas: 2, stages: 5, notesPerCell: 2, seed: 4 }).map);
    for (const view of [VIEW_1280, { width: 1920 - 232, height: 1080 - 52 }]) {
      for (const step of presentPath(tall, view).filter((s) => s.kind === 'stage')) {
        const last = step.frames.at(-1)!;
        expect(last.y + last.height).toBeCloseTo(tall.height, 6);
        for (const f of step.frames) expect(f.y).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('keeps sub-frames readable in a bigger window, with fewer of them', () => {
    const tall = layoutOf(generateMap({ personas: 2, stages: 5, notesPerCell: 2, seed: 4 }).map);
    const at720 = presentPath(tall, VIEW_1280);
    const at1080 = presentPath(tall, { width: 1920 - 232, height: 1080 - 52 });
    expect(at1080[1]!.frames.length).toBeLessThan(at720[1]!.frames.length);
  });

  it('leaves a stage without notes whole', () => {
    const empty = layoutOf(generateMap({ personas: 2, stages: 3, totalNotes: 0, seed: 3 }).map);
    expect(presentPath(empty, VIEW_1280).every((s) => s.frames.length === 1)).toBe(true);
  });
});

describe('cutSpans', () => {
  it('cuts at the furthest boundary within reach, and plainly where there is none', () => {
    expect(cutSpans(0, 100, 40, [30, 35, 60, 90])).toEqual([
      [0, 35],
      [35, 60],
      [60, 100],
    ]);
    expect(cutSpans(0, 100, 40, [])).toEqual([
      [0, 40],
      [40, 80],
      [80, 100],
    ]);
    expect(cutSpans(0, 30, 40, [10])).toEqual([[0, 30]]);
  });
});

describe('moving along the path', () => {
  const rect = { x: 0, y: 0, width: 1, height: 1 };
  const path: PresentStep[] = [
    { kind: 'overview', stageId: null, frames: [rect] },
    { kind: 'stage', stageId: 's1', stageIndex: 0, frames: [rect, { ...rect, y: 1 }], lanes: 3 },
    { kind: 'closing', stageId: null, frames: [rect] },
  ];

  it('goes through the sub-frames before the next step, and stops at the ends', () => {
    expect(nextPosition(path, { step: 0, frame: 0 })).toEqual({ step: 1, frame: 0 });
    expect(nextPosition(path, { step: 1, frame: 0 })).toEqual({ step: 1, frame: 1 });
    expect(nextPosition(path, { step: 1, frame: 1 })).toEqual({ step: 2, frame: 0 });
    expect(nextPosition(path, { step: 2, frame: 0 })).toBeNull();
    expect(previousPosition(path, { step: 1, frame: 1 })).toEqual({ step: 1, frame: 0 });
    expect(previousPosition(path, { step: 1, frame: 0 })).toEqual({ step: 0, frame: 0 });
    expect(previousPosition(path, { step: 0, frame: 0 })).toBeNull();
  });

  it('clamps a position the path no longer has', () => {
    expect(frameAt(path, { step: 9, frame: 9 })).toBe(path[2]!.frames[0]);
    expect(frameAt(path, { step: 1, frame: 5 })).toEqual({ ...rect, y: 1 });
    expect(frameAt([], { step: 0, frame: 0 })).toBeNull();
  });

  it('leaves the margin the camera frames with', () => {
    expect(fitScale({ x: 0, y: 0, width: 100, height: 10 }, { width: 100 + 2 * PRESENT_MARGIN, height: 1000 })).toBe(1);
  });
});
