/** Drags a stage's right edge; the release is one `resizeStage` command. */
import { MAX_STAGE_WIDTH, MIN_STAGE_WIDTH } from '../../model/schema';
import type { Cursor, Gesture, GestureHost } from './gesture';

export class ResizeGesture implements Gesture {
  private width: number;

  constructor(
    private readonly host: GestureHost,
    private readonly stageId: string,
    private readonly startX: number,
    private readonly startWidth: number,
  ) {
    this.width = startWidth;
  }

  onPointerMove(sx: number): Cursor {
    this.width = this.startWidth + (sx - this.startX) / this.host.camera.get().scale;
    this.host.invalidate('interaction');
    return 'col-resize';
  }

  onPointerUp(): void {
    if (Math.round(this.width) !== this.startWidth) this.host.intents.resizeStage(this.stageId, this.width);
    this.onCancel();
  }

  onCancel(): void {
    this.host.invalidate('interaction');
  }

  resizeGuideX(): number | null {
    const column = this.host.layout()?.columns.find((c) => c.stageId === this.stageId);
    return column ? column.x + Math.min(MAX_STAGE_WIDTH, Math.max(MIN_STAGE_WIDTH, this.width)) : null;
  }
}
