/**
 * The board's live camera: where the world is on screen, the viewport it shows
 * through, and every move of it (zoom steps, fit, reveal, wheel). The pure
 * geometry is in `camera.ts`; this object holds the state and tells listeners.
 */
import { type BoardLayout, type Rect, intersects } from '../model/layout';
import { type Camera, ZOOM_STEP, frame, visibleWorld, zoomAround } from './camera';
import { LANE_STRIP_WIDTH, MINIMAP_BUTTON_SIZE, STAGE_STRIP_HEIGHT } from './theme';
import { type WheelInput, wheelIntent } from './wheel';

export class BoardCamera {
  private camera: Camera = { x: LANE_STRIP_WIDTH + 16, y: STAGE_STRIP_HEIGHT + 12, scale: 1 };
  private viewport = { width: 1, height: 1 };
  private readonly listeners = new Set<(camera: Camera) => void>();
  private readonly viewportListeners = new Set<() => void>();

  get(): Camera {
    return this.camera;
  }

  set(camera: Camera): void {
    this.camera = camera;
    for (const listener of this.listeners) listener(camera);
  }

  onChange(listener: (camera: Camera) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setViewport(width: number, height: number): void {
    this.viewport = { width, height };
    for (const listener of this.viewportListeners) listener();
  }

  /** Present mode re-frames its step when the window or the board changes size. */
  onViewportChange(listener: () => void): () => void {
    this.viewportListeners.add(listener);
    return () => this.viewportListeners.delete(listener);
  }

  /** The part of the screen the world shows through, between the sticky strips. */
  bodyRect(): Rect {
    return {
      x: LANE_STRIP_WIDTH,
      y: STAGE_STRIP_HEIGHT,
      width: Math.max(1, this.viewport.width - LANE_STRIP_WIDTH),
      height: Math.max(1, this.viewport.height - STAGE_STRIP_HEIGHT),
    };
  }

  visibleWorld(): Rect {
    return visibleWorld(this.camera, { x: 0, y: 0, width: this.viewport.width, height: this.viewport.height });
  }

  zoomBy(factor: number, screenX?: number, screenY?: number): void {
    const body = this.bodyRect();
    this.set(zoomAround(this.camera, screenX ?? body.x + body.width / 2, screenY ?? body.y + body.height / 2, this.camera.scale * factor));
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  resetZoom(): void {
    const body = this.bodyRect();
    this.set(zoomAround(this.camera, body.x + body.width / 2, body.y + body.height / 2, 1));
  }

  /** A wheel or trackpad event: zoom around the pointer or pan, see `wheel.ts`. */
  wheel(sx: number, sy: number, input: WheelInput): void {
    const intent = wheelIntent(input);
    if (intent.kind === 'zoom') this.zoomBy(intent.factor, sx, sy);
    else this.set({ ...this.camera, x: this.camera.x - intent.dx, y: this.camera.y - intent.dy });
  }

  /**
   * Frames the whole map as large as it fits. With the minimap shown, the map
   * goes beside or above it, whichever leaves it larger, so it is never covered.
   * `covers` are screen rectangles of panels lying over the board's right side
   * (a side panel, the voting panel): the map is framed left of them.
   */
  fit(layout: BoardLayout, minimapShown: boolean, covers: readonly Rect[] = []): void {
    const wall = { x: 0, y: 0, width: Math.max(layout.width, 1), height: Math.max(layout.height, 1) };
    const full = this.bodyRect();
    const body = besideCovers(full, covers);
    const whole = frame(wall, body, 24);
    // The map goes beside or above the minimap, or the button it collapses to, so neither covers it.
    const corner = minimapShown ? layout.minimap : MINIMAP_BUTTON_SIZE;
    const minimap = { x: full.x + full.width - corner.width - 14, y: full.y + full.height - corner.height - 14, width: corner.width + 14, height: corner.height + 14 };
    const onScreen = (camera: Camera): Rect => ({ x: camera.x, y: camera.y, width: wall.width * camera.scale, height: wall.height * camera.scale });
    const candidates = [
      whole,
      frame(wall, { ...body, height: Math.max(1, body.height - minimap.height - 8) }, 24),
      frame(wall, { ...body, width: Math.max(1, body.width - minimap.width - 8) }, 24),
    ].filter((camera) => !intersects(onScreen(camera), minimap));
    const best = candidates.reduce<Camera | null>((a, b) => (a && a.scale >= b.scale ? a : b), null);
    this.set(best ?? whole);
  }

  frameRect(rect: Rect, margin = 24): void {
    this.set(frame(rect, this.bodyRect(), margin));
  }

  /** Pans just enough to bring a world rectangle into view, e.g. the note Tab moved to. */
  reveal(rect: Rect): void {
    const body = this.bodyRect();
    const view = visibleWorld(this.camera, body);
    if (rect.x >= view.x && rect.y >= view.y && rect.x + rect.width <= view.x + view.width && rect.y + rect.height <= view.y + view.height) return;
    const margin = 40 / this.camera.scale;
    let { x, y } = this.camera;
    if (rect.x < view.x) x += (view.x - rect.x + margin) * this.camera.scale;
    else if (rect.x + rect.width > view.x + view.width) x -= (rect.x + rect.width - view.x - view.width + margin) * this.camera.scale;
    if (rect.y < view.y) y += (view.y - rect.y + margin) * this.camera.scale;
    else if (rect.y + rect.height > view.y + view.height) y -= (rect.y + rect.height - view.y - view.height + margin) * this.camera.scale;
    this.set({ ...this.camera, x, y });
  }

  /**
   * Brings a world rectangle into view at a size one can read: an editor
   * opened on a wall zoomed far out (Fit of a huge wall) would otherwise be a
   * few pixels wide. Below `minScale` it zooms to 100 % around it; else it pans
   * as `reveal` does.
   */
  revealReadable(rect: Rect, minScale: number): void {
    if (this.camera.scale >= minScale) return this.reveal(rect);
    const body = this.bodyRect();
    this.set({
      scale: 1,
      x: body.x + body.width / 2 - (rect.x + rect.width / 2),
      // A tall note starts near the top; a small one sits in the middle.
      y: body.y + Math.max(40, (body.height - rect.height) / 2) - rect.y,
    });
  }

  /** Pans sideways only, just enough to show a stage column. */
  revealColumn(x: number, width: number): void {
    const view = visibleWorld(this.camera, this.bodyRect());
    const y = view.y + view.height / 2;
    this.reveal({ x, y, width: Math.min(width, view.width), height: 1 });
  }
}

/**
 * Below this width left beside a panel, a map framed there is too small to
 * read; Fit then uses the whole board (the wide touchpoint summary is a table
 * to read, not a frame around the map).
 */
const MIN_WIDTH_BESIDE_COVER = 320;

/** The part of `body` left of every panel lying over it. */
export function besideCovers(body: Rect, covers: readonly Rect[]): Rect {
  const left = covers.filter((cover) => cover.width > 0 && cover.height > 0 && intersects(cover, body)).reduce((min, cover) => Math.min(min, cover.x), body.x + body.width);
  const width = left - body.x;
  return width >= MIN_WIDTH_BESIDE_COVER ? { ...body, width } : body;
}
