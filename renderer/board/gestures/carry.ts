/**
 * What a note drag and a touchpoint drag share: a press becomes a drag past
 * the threshold, the carried items follow the pointer on the drag layer, and
 * the cell under the pointer, if it takes them, shows where they would land.
 * The subclass says which cells take its items, the drop index, the preview
 * slot and the command.
 */
import type { BoardLayout, CellBox, Rect, RowBox } from '../../model/layout';
import { cellAt } from '../../model/layout';
import { toWorld } from '../camera';
import { type CarriedItems, type Cursor, type Gesture, type GestureHost, beyondThreshold } from './gesture';

export interface Drop {
  readonly cell: CellBox;
  readonly index: number;
}

export abstract class CarryGesture implements Gesture {
  protected dragging = false;
  private dx = 0;
  private dy = 0;
  private drop: Drop | null = null;

  constructor(
    protected readonly host: GestureHost,
    private readonly startX: number,
    private readonly startY: number,
  ) {}

  protected abstract accepts(row: RowBox): boolean;
  protected abstract indexAt(layout: BoardLayout, cell: CellBox, worldX: number, worldY: number): number;
  protected abstract slotOf(layout: BoardLayout, drop: Drop): Rect;
  protected abstract commit(drop: Drop): void;
  protected abstract items(): Pick<CarriedItems, 'noteIds' | 'touchpointId'>;
  /** The press became a drag: the carried items leave the world layer. */
  protected abstract lift(): void;
  /** The drag ended, dropped or not: they return to it. */
  protected abstract land(): void;

  onPointerMove(sx: number, sy: number): Cursor {
    const layout = this.host.layout();
    if (!layout || (!this.dragging && !beyondThreshold(sx - this.startX, sy - this.startY))) return 'grab';
    const camera = this.host.camera.get();
    if (!this.dragging) {
      this.dragging = true;
      this.lift();
      this.host.invalidate('world');
    }
    this.dx = (sx - this.startX) / camera.scale;
    this.dy = (sy - this.startY) / camera.scale;
    const world = toWorld(camera, sx, sy);
    const cell = cellAt(layout, world.x, world.y);
    const row = cell ? layout.rows.find((r) => r.laneId === cell.laneId) : undefined;
    this.drop = cell && row && this.accepts(row) ? { cell, index: this.indexAt(layout, cell, world.x, world.y) } : null;
    this.host.invalidate('drag', 'interaction');
    return 'grabbing';
  }

  onPointerUp(): void {
    if (this.dragging && this.drop) this.commit(this.drop);
    this.onCancel();
  }

  onCancel(): void {
    if (!this.dragging) return;
    this.dragging = false;
    this.drop = null;
    this.land();
    this.host.invalidate('world', 'drag', 'interaction');
  }

  dropPreview(): { cell: CellBox; slot: Rect } | null {
    const layout = this.host.layout();
    return this.drop && layout ? { cell: this.drop.cell, slot: this.slotOf(layout, this.drop) } : null;
  }

  carried(): CarriedItems | null {
    return this.dragging ? { dx: this.dx, dy: this.dy, ...this.items() } : null;
  }
}
