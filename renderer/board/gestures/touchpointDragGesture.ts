/** Carries one touchpoint card to a touchpoints cell; the drop is one `moveTouchpoint` command. */
import type { BoardLayout, CellBox, Rect, RowBox } from '../../model/layout';
import { touchpointDropIndex, touchpointSlotRect } from '../../model/touchpointDrop';
import { CarryGesture, type Drop } from './carry';
import type { GestureHost } from './gesture';

export class TouchpointDragGesture extends CarryGesture {
  constructor(
    host: GestureHost,
    private readonly touchpointId: string,
    startX: number,
    startY: number,
  ) {
    super(host, startX, startY);
  }

  protected accepts(row: RowBox): boolean {
    return !row.collapsed && row.kind === 'touchpoints';
  }

  protected indexAt(layout: BoardLayout, cell: CellBox, worldX: number, worldY: number): number {
    return touchpointDropIndex(layout, cell, worldX, worldY, this.touchpointId);
  }

  protected slotOf(layout: BoardLayout, drop: Drop): Rect {
    return touchpointSlotRect(layout, drop.cell, drop.index);
  }

  protected commit(drop: Drop): void {
    this.host.intents.moveTouchpoint(this.touchpointId, { laneId: drop.cell.laneId, stageId: drop.cell.stageId }, drop.index);
  }

  protected items() {
    return { noteIds: [], touchpointId: this.touchpointId };
  }

  /** The world layer hides the card while `carried()` names it. */
  protected lift(): void {}

  protected land(): void {}
}
