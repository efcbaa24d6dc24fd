/** Drags a stage header sideways to reorder the columns; the drop is one `moveStage` command. */
import { stageDropIndex } from '../../model/layout';
import { toWorld } from '../camera';
import { type Cursor, DRAG_THRESHOLD, type Gesture, type GestureHost } from './gesture';

export class StageDragGesture implements Gesture {
  private dragging = false;
  private pointerX: number;

  constructor(
    private readonly host: GestureHost,
    private readonly stageId: string,
    private readonly startX: number,
    private dropIndex: number,
  ) {
    this.pointerX = startX;
  }

  onPointerMove(sx: number, sy: number): Cursor {
    const layout = this.host.layout();
    if (!layout || (!this.dragging && Math.abs(sx - this.startX) < DRAG_THRESHOLD)) return 'default';
    this.dragging = true;
    this.pointerX = sx;
    this.dropIndex = stageDropIndex(layout, toWorld(this.host.camera.get(), sx, sy).x);
    this.host.invalidate('headers');
    return 'grabbing';
  }

  onPointerUp(): void {
    if (this.dragging) {
      const from = this.host.layout()?.columns.findIndex((c) => c.stageId === this.stageId) ?? -1;
      // dropIndex counts the gaps between all columns; the command counts among the other stages.
      const to = this.dropIndex > from ? this.dropIndex - 1 : this.dropIndex;
      if (from >= 0 && to !== from) this.host.intents.moveStage(this.stageId, to);
    }
    this.onCancel();
  }

  onCancel(): void {
    this.dragging = false;
    this.host.invalidate('headers');
  }

  stageDrag(): { stageId: string; pointerX: number; dropIndex: number } | null {
    return this.dragging ? { stageId: this.stageId, pointerX: this.pointerX, dropIndex: this.dropIndex } : null;
  }
}
