/** Carries one touchpoint card to a touchpoints cell; the drop is one `moveTouchpoint` command. */
import { type CellBox, type Rect, cellAt } from '../../model/layout';
import { touchpointDropIndex, touchpointSlotRect } from '../../model/touchpointDrop';
import { toWorld } from '../camera';
import { Carry } from './carry';
import type { CarriedItems, Cursor, Gesture, GestureHost } from './gesture';

export class TouchpointDragGesture implements Gesture {
  private readonly carry: Carry;
  private drop: { readonly cell: CellBox; readonly index: number } | null = null;

  constructor(
    private readonly host: GestureHost,
    private readonly touchpointId: string,
    startX: number,
    startY: number,
  ) {
    this.carry = new Carry(startX, startY);
  }

  onPointerMove(sx: number, sy: number): Cursor {
    const layout = this.host.layout();
    const camera = this.host.camera.get();
    const started = this.carry.dragging;
    if (!layout || !this.carry.follow(sx, sy, camera.scale)) return 'grab';
    // The card leaves the world layer and rides on the drag layer.
    if (!started) this.host.invalidate('world');
    const world = toWorld(camera, sx, sy);
    const cell = cellAt(layout, world.x, world.y);
    const row = cell ? layout.rows.find((r) => r.laneId === cell.laneId) : undefined;
    const accepts = cell && row && !row.collapsed && row.kind === 'touchpoints';
    this.drop = accepts ? { cell, index: touchpointDropIndex(layout, cell, world.x, world.y, this.touchpointId) } : null;
    this.host.invalidate('drag', 'interaction');
    return 'grabbing';
  }

  onPointerUp(): void {
    if (this.carry.dragging && this.drop) {
      this.host.intents.moveTouchpoint(this.touchpointId, { laneId: this.drop.cell.laneId, stageId: this.drop.cell.stageId }, this.drop.index);
    }
    this.onCancel();
  }

  onCancel(): void {
    if (!this.carry.dragging) return;
    this.drop = null;
    this.host.invalidate('world', 'drag', 'interaction');
  }

  dropPreview(): { cell: CellBox; slot: Rect } | null {
    const layout = this.host.layout();
    if (!this.drop || !layout) return null;
    return { cell: this.drop.cell, slot: touchpointSlotRect(layout, this.drop.cell, this.drop.index) };
  }

  carried(): CarriedItems | null {
    return this.carry.dragging ? { dx: this.carry.dx, dy: this.carry.dy, noteIds: [], touchpointId: this.touchpointId } : null;
  }
}
