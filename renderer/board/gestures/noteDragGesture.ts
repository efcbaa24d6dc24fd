/** Carries the selected notes to a cell; the drop is one `moveNotes` command. */
import { takesNewNotes } from '../../model/conventions';
import { type BoardLayout, type CellBox, type Rect, type RowBox, dropIndex, slotRect } from '../../model/layout';
import { CarryGesture, type Drop } from './carry';
import type { GestureHost } from './gesture';

const NONE: ReadonlySet<string> = new Set();

export class NoteDragGesture extends CarryGesture {
  private hidden: ReadonlySet<string> = NONE;

  constructor(
    host: GestureHost,
    private readonly noteIds: readonly string[],
    startX: number,
    startY: number,
  ) {
    super(host, startX, startY);
  }

  protected accepts(row: RowBox): boolean {
    return takesNewNotes(row);
  }

  protected indexAt(layout: BoardLayout, cell: CellBox, worldX: number, worldY: number): number {
    return dropIndex(layout, cell, worldX, worldY, this.hidden);
  }

  protected slotOf(layout: BoardLayout, drop: Drop): Rect {
    return slotRect(layout, drop.cell, drop.index, this.hidden);
  }

  protected commit(drop: Drop): void {
    this.host.intents.moveNotes(this.noteIds, { laneId: drop.cell.laneId, stageId: drop.cell.stageId }, drop.index);
  }

  protected items() {
    return { noteIds: this.noteIds, touchpointId: null };
  }

  protected lift(): void {
    this.hidden = new Set(this.noteIds);
  }

  protected land(): void {
    this.hidden = NONE;
  }

  hiddenNotes(): ReadonlySet<string> {
    return this.hidden;
  }
}
