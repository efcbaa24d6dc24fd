/**
 * Moves the camera to a target over a few frames, eased in and out, on the
 * frame clock. Each frame sets the camera once (the board then repaints in
 * that frame); the time comes from an injected clock, so a slow frame lands
 * later on the curve instead of stretching the move.
 *
 * The path interpolates the centre of the view in world units and the zoom on
 * a log scale: a zoom-out-then-in between stages keeps the content steady
 * instead of swinging past it, as a plain lerp of the offsets would.
 */
import type { Rect } from '../model/layout';
import type { Camera } from './camera';
import type { FrameClock } from './renderScheduler';

/** Stage-to-stage moves take this long: long enough for the room to follow, short enough to not wait for. */
export const CAMERA_MOVE_MS = 350;

export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The camera `t` (0–1) of the way from `from` to `to`, both showing through `body`. */
export function cameraBetween(from: Camera, to: Camera, t: number, body: Rect): Camera {
  const cx = body.x + body.width / 2;
  const cy = body.y + body.height / 2;
  const centre = (c: Camera) => ({ x: (cx - c.x) / c.scale, y: (cy - c.y) / c.scale });
  const a = centre(from);
  const b = centre(to);
  const scale = Math.exp(Math.log(from.scale) + (Math.log(to.scale) - Math.log(from.scale)) * t);
  const wx = a.x + (b.x - a.x) * t;
  const wy = a.y + (b.y - a.y) * t;
  return { scale, x: cx - wx * scale, y: cy - wy * scale };
}

export interface AnimatedCamera {
  get(): Camera;
  set(camera: Camera): void;
  bodyRect(): Rect;
}

export class CameraAnimation {
  private target: Camera | null = null;
  private frameHandle = 0;
  private run = 0;

  constructor(
    private readonly camera: AnimatedCamera,
    private readonly requestFrame: FrameClock = (callback) => requestAnimationFrame(callback),
    private readonly now: () => number = () => performance.now(),
    private readonly duration = CAMERA_MOVE_MS,
  ) {}

  /** Where the camera is heading (or is), for the test hook and for a re-target mid-move. */
  destination(): Camera {
    return this.target ?? this.camera.get();
  }

  isMoving(): boolean {
    return this.target !== null;
  }

  /** Starts a move from wherever the camera is now; a move under way is replaced. */
  moveTo(to: Camera): void {
    const from = this.camera.get();
    const start = this.now();
    const body = this.camera.bodyRect();
    const run = ++this.run;
    this.target = to;
    const step = () => {
      if (run !== this.run) return;
      const t = Math.min(1, (this.now() - start) / this.duration);
      this.camera.set(t >= 1 ? to : cameraBetween(from, to, easeInOut(t), body));
      if (t >= 1) {
        this.target = null;
        this.frameHandle = 0;
      } else {
        this.frameHandle = this.requestFrame(step);
      }
    };
    this.frameHandle = this.requestFrame(step);
  }

  /** Jumps without a move (a resize re-frames the same step). */
  jumpTo(to: Camera): void {
    this.stop();
    this.camera.set(to);
  }

  /** Leaves the camera where it is now. */
  stop(): void {
    this.run++;
    this.target = null;
    this.frameHandle = 0;
  }
}
