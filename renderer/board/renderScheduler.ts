/**
 * Repaints the board's layers between React renders: a layer asked for
 * several times within one animation frame is drawn once, at that frame.
 *
 * Layers: `world` (grid, notes, curves; static), `drag` (what the pointer
 * carries), `interaction` (selection, drop preview, marquee) and `headers`
 * (sticky strips in screen space). A drag only repaints drag + interaction.
 */
import type Konva from 'konva';

export type LayerName = 'world' | 'drag' | 'interaction' | 'headers';

export type BoardLayers = Readonly<Record<LayerName, Konva.Layer>>;

/** Schedules a callback for the next frame; `requestAnimationFrame` in the app, injectable in tests. */
export type FrameClock = (callback: () => void) => number;

const NOTHING_PENDING: Readonly<Record<LayerName, boolean>> = { world: false, drag: false, interaction: false, headers: false };

export class RenderScheduler {
  /** Read (and its layers' `draw` patched) by the bench probe to time each layer. */
  layers: BoardLayers | null = null;
  private pending: Record<LayerName, boolean> = { ...NOTHING_PENDING };
  private frameHandle = 0;

  constructor(private readonly requestFrame: FrameClock = (callback) => requestAnimationFrame(callback)) {}

  attach(layers: BoardLayers): void {
    this.layers = layers;
  }

  invalidate(...which: LayerName[]): void {
    for (const name of which) this.pending[name] = true;
    if (this.frameHandle !== 0) return;
    this.frameHandle = this.requestFrame(() => {
      this.frameHandle = 0;
      // Looked up at call time, so the bench's patched `flush` is the one that runs.
      this.flush();
    });
  }

  /** Paints whatever is pending right now; the bench calls it to time one frame. */
  flush(): void {
    const layers = this.layers;
    if (!layers) return;
    const pending = this.pending;
    this.pending = { ...NOTHING_PENDING };
    if (pending.world) layers.world.draw();
    if (pending.drag) layers.drag.draw();
    if (pending.interaction) layers.interaction.draw();
    if (pending.headers) layers.headers.draw();
  }
}
