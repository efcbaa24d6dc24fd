/**
 * Where a dragged touchpoint card lands among the other cards of its cell,
 * and the slot its drop preview shows: the same index for both, so the card
 * lands where the preview showed it. (The notes' `dropIndex` counts notes
 * only, so a card always landed first while the preview showed it last.)
 */
import { type BoardLayout, type CellBox, type Rect, TOUCHPOINT_HEIGHT, slotRect } from './layout';

/** The index among the cell's other cards, in reading order: past every card above, and past those to the left on the pointer's row. */
export function touchpointDropIndex(layout: BoardLayout, cell: CellBox, worldX: number, worldY: number, movingId: string): number {
  let index = 0;
  for (const box of layout.touchpoints) {
    if (box.laneId !== cell.laneId || box.stageId !== cell.stageId || box.id === movingId) continue;
    const below = worldY > box.y + box.height;
    const sameRowRight = worldY >= box.y && worldX > box.x + box.width / 2;
    if (below || sameRowRight) index++;
  }
  return index;
}

/** The grid slot of card `index`: cards come first in a cell and are all one height, so `index` cards precede it. */
export function touchpointSlotRect(layout: BoardLayout, cell: CellBox, index: number): Rect {
  const slot = slotRect(layout, { ...cell, leading: new Array<number>(index).fill(TOUCHPOINT_HEIGHT), noteIds: [] }, 0, new Set());
  return { ...slot, height: TOUCHPOINT_HEIGHT };
}
