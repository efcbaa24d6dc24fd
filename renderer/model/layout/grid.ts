/** Places a cell's cards and notes in a grid of fixed-width columns, row by row. */
import { CELL_PADDING, NOTE_GAP, NOTE_WIDTH } from './constants';

/** How many note columns fit in a stage of this width. */
export const columnsFor = (stageWidth: number): number =>
  Math.max(1, Math.floor((stageWidth - 2 * CELL_PADDING + NOTE_GAP) / (NOTE_WIDTH + NOTE_GAP)));

export interface GridItem {
  readonly id: string;
  readonly kind: 'note' | 'touchpoint';
  readonly height: number;
}

export interface GridSlot {
  readonly id: string;
  readonly kind: 'note' | 'touchpoint';
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

/** Each grid row is as tall as its tallest item; `contentHeight` includes the cell padding. */
export function placeGrid(items: readonly GridItem[], x: number, y: number, columns: number): { placed: GridSlot[]; contentHeight: number } {
  const placed: GridSlot[] = [];
  let rowTop = y + CELL_PADDING;
  for (let start = 0; start < items.length; start += columns) {
    const end = Math.min(items.length, start + columns);
    let rowHeight = 0;
    for (let i = start; i < end; i++) {
      const item = items[i]!;
      rowHeight = Math.max(rowHeight, item.height);
      placed.push({ id: item.id, kind: item.kind, x: x + CELL_PADDING + (i - start) * (NOTE_WIDTH + NOTE_GAP), y: rowTop, height: item.height });
    }
    rowTop += rowHeight + NOTE_GAP;
  }
  const contentHeight = items.length === 0 ? 0 : rowTop - NOTE_GAP + CELL_PADDING - y;
  return { placed, contentHeight };
}
