/** Space-drag or middle-drag: the world follows the pointer. Touches only the camera. */
import type { Camera } from '../camera';
import type { Cursor, Gesture, GestureHost } from './gesture';

export class PanGesture implements Gesture {
  private readonly start: Camera;

  constructor(
    private readonly host: GestureHost,
    private readonly startX: number,
    private readonly startY: number,
  ) {
    this.start = host.camera.get();
  }

  onPointerMove(sx: number, sy: number): Cursor {
    this.host.camera.set({ ...this.start, x: this.start.x + sx - this.startX, y: this.start.y + sy - this.startY });
    return 'grabbing';
  }

  onPointerUp(): void {}

  /** The view stays where the pan took it: nothing in the document moved. */
  onCancel(): void {}
}
