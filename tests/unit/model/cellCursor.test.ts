/**
 * The cell cursor: arrows and Tab walk every cell, empty ones included, and Up
 * and Down walk a column through each cell's notes and back the same way.
 */
import { describe, expect, it } from 'vitest';
import { type CursorMove, type CursorSpot, moveCursor } from '../../../renderer/model/cellCursor';
import { computeLayout } from '../../../renderer/model/layout';
import { keysBetween } from '../../../renderer/model/order';
import type { FittedText } from '../../../renderer/model/textFit';
import type { JourneyMap } from '../../../renderer/model/types';
import { generateMap } from '../../fixtures/generateMap';

const fitNote = (): FittedText => ({ fontSize: 20, lines: ['x'], height: 104 });

/*
 * One persona with lanes l0001 actions … l0006 opportunities, three stages
 * s0001…s0003, and no note at all unless a test adds them.
 */
function emptyMap(): JourneyMap {
  return generateMap({ personas: 1, stages: 3, totalNotes: 0, seed: 5, emotionPoints: false, touchpointsPerStage: 0, sharedLanes: [] }).map;
}

function withNotes(map: JourneyMap, laneId: string, stageId: string, ids: readonly string[]): JourneyMap {
  const keys = keysBetween(null, null, ids.length);
  const notes = { ...map.notes };
  ids.forEach((id, i) => (notes[id] = { id, laneId, stageId, order: keys[i]!, text: id, color: 'yellow' }));
  return { ...map, notes };
}

const at = (laneId: string, stageId: string, noteId: string | null = null): CursorSpot => ({ laneId, stageId, noteId });

function walk(map: JourneyMap, from: CursorSpot | null, moves: readonly CursorMove[]): (CursorSpot | null)[] {
  const layout = computeLayout(map, { fitNote, focus: null });
  const spots: (CursorSpot | null)[] = [];
  let spot = from;
  for (const move of moves) {
    spot = moveCursor(layout, spot, move);
    spots.push(spot);
  }
  return spots;
}

describe('the cell cursor', () => {
  it('starts at the top-left cell of an empty board and walks empty cells with the arrows', () => {
    expect(walk(emptyMap(), null, ['down', 'right', 'right', 'right', 'down', 'left'])).toEqual([
      at('l0001', 's0001'),
      at('l0001', 's0002'),
      at('l0001', 's0003'),
      at('l0001', 's0003'),
      at('l0002', 's0003'),
      at('l0002', 's0002'),
    ]);
  });

  it('stops at the edges instead of wrapping', () => {
    expect(walk(emptyMap(), at('l0001', 's0001'), ['left', 'up'])).toEqual([at('l0001', 's0001'), at('l0001', 's0001')]);
    expect(walk(emptyMap(), at('l0006', 's0001'), ['down'])).toEqual([at('l0006', 's0001')]);
  });

  it('Tab goes to the next cell in reading order, wrapping from the end of a lane to the next lane and round the board', () => {
    expect(walk(emptyMap(), at('l0001', 's0002'), ['next', 'next', 'previous', 'previous', 'previous'])).toEqual([
      at('l0001', 's0003'),
      at('l0002', 's0001'),
      at('l0001', 's0003'),
      at('l0001', 's0002'),
      at('l0001', 's0001'),
    ]);
    expect(walk(emptyMap(), at('l0006', 's0003'), ['next'])).toEqual([at('l0001', 's0001')]);
  });

  it('walks down through a cell\u2019s notes to the cell below, and up the same way back', () => {
    const map = withNotes(withNotes(emptyMap(), 'l0001', 's0002', ['a', 'b']), 'l0002', 's0002', ['c']);
    const down = walk(map, at('l0001', 's0002'), ['down', 'down', 'down', 'down', 'down']);
    expect(down).toEqual([at('l0001', 's0002', 'a'), at('l0001', 's0002', 'b'), at('l0002', 's0002'), at('l0002', 's0002', 'c'), at('l0003', 's0002')]);
    const up = walk(map, at('l0003', 's0002'), ['up', 'up', 'up', 'up', 'up']);
    expect(up).toEqual([at('l0002', 's0002', 'c'), at('l0002', 's0002'), at('l0001', 's0002', 'b'), at('l0001', 's0002', 'a'), at('l0001', 's0002')]);
  });

  it('left and right from a note go to the neighbouring cells themselves', () => {
    const map = withNotes(emptyMap(), 'l0001', 's0002', ['a', 'b']);
    expect(walk(map, at('l0001', 's0002', 'b'), ['right'])).toEqual([at('l0001', 's0003')]);
    expect(walk(map, at('l0001', 's0002', 'b'), ['left'])).toEqual([at('l0001', 's0001')]);
  });

  it('skips collapsed lanes and starts over when the cursor\u2019s lane is gone', () => {
    const map = emptyMap();
    const collapsed = { ...map, lanes: { ...map.lanes, l0002: { ...map.lanes.l0002!, collapsed: true } } };
    expect(walk(collapsed, at('l0001', 's0001'), ['down'])).toEqual([at('l0003', 's0001')]);
    expect(walk(collapsed, at('l0002', 's0002'), ['right'])).toEqual([at('l0001', 's0001')]);
  });
});
