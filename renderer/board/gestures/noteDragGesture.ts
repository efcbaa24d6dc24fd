/** Carries the selected notes to a cell; the drop is one `moveNotes` command. */
import { takesNewNotes } from '../../model/conventions';
import { type CellBox, type Rect, cellAt, dropIndex, slotRect } from '../../model/layout';
import { toWorld } from '../camera';
import { Carry } from './carry';
import type { CarriedItems, Cursor, Gesture, GestureHost } from './gesture';

export class NoteDragGesture implements Gesture {
  private readonly carry: Carry;
  private hidden: ReadonlySet<string> = new Set();
  private drop: { readonly cell: CellBox; readonly index: number } | null = null;

  constructor(
    private readonly host: GestureHost,
    private readonly noteIds: readonly string[],
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
    if (!started) {
      // The carried notes leave the world layer and ride on the drag layer.
      this.hidden = new Set(this.noteIds);
      this.host.invalidate('world');
    }
    const world = toWorld(camera, sx, sy);
    const cell = cellAt(layout, world.x, world.y);
    const row = cell ? layout.rows.find((r) => r.laneId === cell.laneId) : undefined;
    this.drop = cell && row && takesNewNotes(row) ? { cell, index: dropIndex(layout, cell, world.x, world.y, this.hidden) } : null;
    this.host.invalidate('drag', 'interaction');
    return 'grabbing';
  }

  onPointerUp(): void {
    if (this.carry.dragging && this.drop) {
      this.host.intents.moveNotes(this.noteIds, { laneId: this.drop.cell.laneId, stageId: this.drop.cell.stageId }, this.drop.index);
    }
    this.onCancel();
  }

  onCancel(): void {
    if (!this.carry.dragging) return;
    this.hidden = new Set();
    this.drop = null;
    this.host.invalidate('world', 'drag', 'interaction');
  }

  hiddenNotes(): ReadonlySet<string> {
    return this.hidden;
  }

  dropPreview(): { cell: CellBox; slot: Rect } | null {
    const layout = this.host.layout();
    if (!this.drop || !layout) return null;
    return { cell: this.drop.cell, slot: slotRect(layout, this.drop.cell, this.drop.index, this.hidden) };
  }

  carried(): CarriedItems | null {
    return this.carry.dragging ? { dx: this.carry.dx, dy: this.carry.dy, noteIds: this.noteIds, touchpointId: null } : null;
  }
}
