/** What present mode paints over the wall: the other stages dimmed, the lanes a build has not reached hidden. */
import { describe, expect, it } from 'vitest';
import { NOTE_MIN_HEIGHT, NOTE_WIDTH, computeLayout } from '../../../renderer/model/layout';
import { dimmedRects, hiddenLaneRects } from '../../../renderer/model/present';
import { estimateTextWidth, fitText } from '../../../renderer/model/textFit';
import { generateMap } from '../../fixtures/generateMap';

const layout = computeLayout(generateMap({ personas: 2, stages: 3, notesPerCell: 1, seed: 5 }).map, {
  fitNote: (text) => fitText(text, NOTE_WIDTH, NOTE_MIN_HEIGHT, estimateTextWidth),
  focus: null,
});
const [first, middle, last] = layout.columns;

describe('present dimming', () => {
  it('covers the whole wall but the framed column', () => {
    expect(dimmedRects(layout, middle!.stageId)).toEqual([
      { x: 0, y: 0, width: middle!.x, height: layout.height },
      { x: middle!.x + middle!.width, y: 0, width: layout.width - middle!.x - middle!.width, height: layout.height },
    ]);
    expect(dimmedRects(layout, first!.stageId)).toHaveLength(1);
    expect(dimmedRects(layout, last!.stageId)).toHaveLength(1);
    expect(dimmedRects(layout, 'no such stage')).toEqual([]);
  });

  it('hides the framed column below the lanes a build has revealed', () => {
    const hidden = hiddenLaneRects(layout, middle!.stageId, 2);
    expect(hidden).toHaveLength(layout.rows.length - 2);
    expect(hidden.every((r) => r.x === middle!.x && r.width === middle!.width)).toBe(true);
    expect(hidden[0]!.y).toBe([...layout.rows].sort((a, b) => a.y - b.y)[2]!.y);
    expect(hiddenLaneRects(layout, middle!.stageId, layout.rows.length)).toEqual([]);
  });
});
