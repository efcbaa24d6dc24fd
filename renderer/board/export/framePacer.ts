/**
 * Turns between the slices of a long export that let the window paint.
 *
 * Why: yielding to the event loop is not enough. Chromium runs queued tasks
 * before a due frame until rendering has waited about 100 ms, so a chain of
 * 40 ms slices shows the facilitator a frame every 100–130 ms: a stutter,
 * and the progress bar creeps. The pacer watches frames while the export
 * runs; when none has been painted for a while, the next turn waits for one.
 * A hidden window paints no frames, so there it never waits for one.
 */
import { nextTask } from '../../model/slices';

/** The display the pacer watches: injected so a test can drive frames and time. */
export interface FrameHost {
  readonly now: () => number;
  readonly requestFrame: (callback: () => void) => number;
  readonly cancelFrame: (handle: number) => void;
  /** False while the window is minimized or hidden: it paints no frames then. */
  readonly painting: () => boolean;
  readonly timeout: (callback: () => void, ms: number) => void;
}

/** Two frames at 60 Hz: a slice may run over one frame, not over a second. */
export const FRAME_DUE_MS = 33;
/** A frame that does not come this long after it was asked for (the window was just hidden) is not waited for any longer. */
const FRAME_WAIT_LIMIT_MS = 100;

export const windowFrameHost = (): FrameHost => ({
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  painting: () => document.visibilityState === 'visible',
  timeout: (callback, ms) => void setTimeout(callback, ms),
});

export class FramePacer {
  private lastFrame: number;
  private handle: number;

  constructor(private readonly host: FrameHost = windowFrameHost()) {
    this.lastFrame = host.now();
    this.handle = host.requestFrame(this.tick);
  }

  /** Resumes in a new task; first lets a frame be painted if none has been for FRAME_DUE_MS. */
  readonly turn = async (): Promise<void> => {
    if (this.host.painting() && this.host.now() - this.lastFrame > FRAME_DUE_MS) {
      await new Promise<void>((resolve) => {
        this.host.requestFrame(() => resolve());
        this.host.timeout(resolve, FRAME_WAIT_LIMIT_MS);
      });
    }
    // After the frame's callbacks, not inside them: the frame is painted before work resumes.
    await nextTask();
  };

  stop(): void {
    this.host.cancelFrame(this.handle);
  }

  private readonly tick = (): void => {
    this.lastFrame = this.host.now();
    this.handle = this.host.requestFrame(this.tick);
  };
}
