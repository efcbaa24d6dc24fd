/** A drag from an empty spot of a cell: selects the notes the rectangle touches. */
import { type Rect, intersects } from '../../model/layout';
import { toWorld } from '../camera';
import { type Cursor, type Gesture, type GestureHost, beyondThreshold } from './gesture';

export class MarqueeGesture implements Gesture {
  private rect: Rect | null = null;

  /** `base`: the notes selected before, kept when the press added to the selection (shift). */
  constructor(
    private readonly host: GestureHost,
    private readonly startX: number,
    private readonly startY: number,
    private readonly base: ReadonlySet<string>,
  ) {}

  onPointerMove(sx: number, sy: number): Cursor {
    const layout = this.host.layout();
    if (!layout || (!this.rect && !beyondThreshold(sx - this.startX, sy - this.startY))) return 'crosshair';
    const camera = this.host.camera.get();
    const a = toWorld(camera, this.startX, this.startY);
    const b = toWorld(camera, sx, sy);
    const rect = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
    this.rect = rect;
    const hit = new Set(this.base);
    for (const box of layout.notes) if (intersects(box, rect)) hit.add(box.id);
    this.host.ui.selectNotesOnly(hit);
    this.host.invalidate('interaction');
    return 'crosshair';
  }

  onPointerUp(): void {
    this.host.invalidate('interaction');
  }

  /** Back to the selection the marquee started from. */
  onCancel(): void {
    if (this.rect) this.host.ui.selectNotesOnly(this.base);
    this.host.invalidate('interaction');
  }

  marqueeRect(): Rect | null {
    return this.rect;
  }
}
