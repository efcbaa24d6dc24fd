/**
 * Drives the board between React renders, as a thin dispatcher: pointer input
 * picks the gesture that a press starts (see `gestures/`), moves go to that
 * gesture, and the camera (`boardCamera.ts`) and repaints
 * (`renderScheduler.ts`) live in their own objects. React renders the Konva
 * stage once and again only when the document or the selection changes; a
 * frame never re-renders React.
 *
 * The camera's methods are forwarded here because the app, the editors, the
 * minimap, the tests and the bench reach the board through this one object;
 * those one-line forwards, and painting a drop inside its own pointer event,
 * are why the file is a little over 300 lines.
 */
import { type BoardLayout, type CellBox, type Rect, cellAt, columnAt, noteAt, onAddStageButton, scoreAtY, touchpointAt } from '../model/layout';
import { takesNewNotes } from '../model/conventions';
import type { UiStore } from '../state/uiStore';
import { BoardCamera } from './boardCamera';
import { type ClickContext, clickAt, contextMenuAt, doubleClickAt } from './boardClicks';
import { emotionAt, resizeEdgeAt } from './boardHits';
import type { BoardIntents } from './boardIntents';
import { type Camera, toWorld } from './camera';
import { EmotionDragGesture } from './gestures/emotionDragGesture';
import type { CarriedItems, Cursor, Gesture, GestureHost } from './gestures/gesture';
import { MarqueeGesture } from './gestures/marqueeGesture';
import { NoteDragGesture } from './gestures/noteDragGesture';
import { PanGesture } from './gestures/panGesture';
import { ResizeGesture } from './gestures/resizeGesture';
import { StageDragGesture } from './gestures/stageDragGesture';
import { TouchpointDragGesture } from './gestures/touchpointDragGesture';
import { type BoardLayers, type FrameClock, type LayerName, RenderScheduler } from './renderScheduler';
import { TEXT_MIN_SCALE } from './paint/paintNotes';
import { selectedCellBox, selectionBounds } from './selectionGeometry';
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from './theme';
import type { WheelInput } from './wheel';

export type { BoardIntents, ContextTarget } from './boardIntents';
export type { BoardLayers } from './renderScheduler';

const NO_NOTES: ReadonlySet<string> = new Set();

/** Whether the header layer (stage strip, lane strip, band labels) would paint the same for both layouts. */
function sameHeaders(a: BoardLayout, b: BoardLayout): boolean {
  if (a.columns !== b.columns || a.width !== b.width || a.rows.length !== b.rows.length || a.bands.length !== b.bands.length) return false;
  return a.rows.every((row, i) => sameFields(row, b.rows[i]!)) && a.bands.every((band, i) => sameFields(band, b.bands[i]!));
}

/** Header rows and bands are flat records of primitives: equal field by field, or the headers change. */
function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

export class BoardController {
  readonly camera = new BoardCamera();
  readonly scheduler: RenderScheduler;
  private layout: BoardLayout | null = null;
  private gesture: Gesture | null = null;
  private spaceHeld = false;
  private readonly layoutListeners = new Set<() => void>();
  private readonly host: GestureHost;
  private covers: () => readonly Rect[] = () => [];

  constructor(
    private readonly ui: UiStore,
    intents: BoardIntents,
    requestFrame?: FrameClock,
  ) {
    this.scheduler = new RenderScheduler(requestFrame);
    this.host = { layout: () => this.layout, camera: this.camera, ui, intents, invalidate: (...which) => this.invalidate(...which) };
    this.camera.onChange(() => this.applyCamera());
  }

  /* ---------- wiring ---------- */

  attach(layers: BoardLayers): void {
    this.scheduler.attach(layers);
    this.applyCamera();
  }

  setLayout(layout: BoardLayout): void {
    const previous = this.layout;
    this.layout = layout;
    // A drop that leaves every row where it was leaves the sticky headers as they were: one layer fewer to paint.
    if (previous && sameHeaders(previous, layout)) this.invalidate('world', 'interaction', 'drag');
    else this.invalidate('world', 'interaction', 'headers', 'drag');
    for (const listener of this.layoutListeners) listener();
  }

  onLayoutChange(listener: () => void): () => void {
    this.layoutListeners.add(listener);
    return () => this.layoutListeners.delete(listener);
  }

  getLayout(): BoardLayout | null {
    return this.layout;
  }

  setViewport(width: number, height: number): void {
    this.camera.setViewport(width, height);
    this.invalidate('world', 'interaction', 'headers');
  }

  invalidate(...which: LayerName[]): void {
    this.scheduler.invalidate(...which);
  }

  /** Paints whatever is pending right now (tests read the canvases after it). */
  flush(): void {
    this.scheduler.flush();
  }

  /* ---------- camera (see BoardCamera) ---------- */

  getCamera(): Camera {
    return this.camera.get();
  }

  setCamera(camera: Camera): void {
    this.camera.set(camera);
  }

  onCamera(listener: (camera: Camera) => void): () => void {
    return this.camera.onChange(listener);
  }

  bodyRect(): Rect {
    return this.camera.bodyRect();
  }

  onViewportChange(listener: () => void): () => void {
    return this.camera.onViewportChange(listener);
  }

  visibleWorld(): Rect {
    return this.camera.visibleWorld();
  }

  zoomIn(): void {
    this.camera.zoomIn();
  }

  zoomOut(): void {
    this.camera.zoomOut();
  }

  resetZoom(): void {
    this.camera.resetZoom();
  }

  /** Where the DOM panels lying over the board are now (board-relative screen rectangles), for Fit. */
  setCovers(covers: () => readonly Rect[]): void {
    this.covers = covers;
  }

  fit(): void {
    if (this.layout) this.camera.fit(this.layout, this.ui.get().minimap, this.covers());
  }

  zoomToSelection(): void {
    const bounds = this.layout ? selectionBounds(this.layout, this.ui.get()) : null;
    if (bounds) this.camera.frameRect(bounds, 48);
  }

  reveal(rect: Rect): void {
    this.camera.reveal(rect);
  }

  /** Shows a note being edited at a readable size: zoomed in to 100 % when the wall is zoomed out past note text. */
  revealForEditing(rect: Rect): void {
    this.camera.revealReadable(rect, TEXT_MIN_SCALE);
  }

  revealColumn(x: number, width: number): void {
    this.camera.revealColumn(x, width);
  }

  wheel(sx: number, sy: number, input: Omit<WheelInput, 'wheelZooms'>): void {
    this.camera.wheel(sx, sy, { ...input, wheelZooms: this.ui.get().wheelZooms });
  }

  private applyCamera(): void {
    const layers = this.scheduler.layers;
    const camera = this.camera.get();
    if (layers) {
      for (const layer of [layers.world, layers.drag, layers.interaction]) {
        layer.position({ x: camera.x, y: camera.y });
        layer.scale({ x: camera.scale, y: camera.scale });
      }
    }
    this.invalidate('world', 'drag', 'interaction', 'headers');
  }

  /* ---------- pointer input, in container coordinates ---------- */

  setSpaceHeld(held: boolean): void {
    this.spaceHeld = held;
  }

  isGesturing(): boolean {
    return this.gesture !== null;
  }

  pointerDown(sx: number, sy: number, button: number, additive: boolean): Cursor {
    this.cancelGesture();
    const layout = this.layout;
    if (!layout) return 'default';
    if (button === 1 || (button === 0 && this.spaceHeld)) {
      this.gesture = new PanGesture(this.host, sx, sy);
      return 'grabbing';
    }
    if (button !== 0) return 'default';
    if (sy < STAGE_STRIP_HEIGHT) return this.pressStageStrip(layout, sx);
    if (sx < LANE_STRIP_WIDTH) return 'default';

    const camera = this.camera.get();
    const world = toWorld(camera, sx, sy);
    const emotion = emotionAt(layout, camera, sx, sy, this.ui.get().emotionCurve);
    if (emotion) {
      const lane = layout.emotionLanes.find((l) => l.laneId === emotion.laneId);
      this.gesture = new EmotionDragGesture(this.host, emotion, emotion.score ?? (lane ? scoreAtY(lane, world.y) : 0));
      return 'ns-resize';
    }
    const note = noteAt(layout, world.x, world.y);
    if (note) {
      const carried = this.ui.pressNote(note.id, { laneId: note.laneId, stageId: note.stageId }, additive);
      this.gesture = new NoteDragGesture(this.host, carried, sx, sy);
      return 'grab';
    }
    const touchpoint = touchpointAt(layout, world.x, world.y);
    if (touchpoint) {
      this.ui.selectTouchpoint(touchpoint.id, { laneId: touchpoint.laneId, stageId: touchpoint.stageId });
      this.gesture = new TouchpointDragGesture(this.host, touchpoint.id, sx, sy);
      return 'grab';
    }
    const cell = cellAt(layout, world.x, world.y);
    if (cell) {
      const base = additive ? this.ui.get().selectedNoteIds : NO_NOTES;
      if (!additive) this.ui.selectCell({ laneId: cell.laneId, stageId: cell.stageId });
      this.gesture = new MarqueeGesture(this.host, sx, sy, base);
    } else if (!additive) {
      this.ui.clearSelection();
    }
    return 'default';
  }

  private pressStageStrip(layout: BoardLayout, sx: number): Cursor {
    if (sx < LANE_STRIP_WIDTH) return 'default';
    const camera = this.camera.get();
    if (onAddStageButton(layout, camera, sx)) {
      this.host.intents.addStage();
      return 'default';
    }
    const edge = resizeEdgeAt(layout, camera, sx);
    if (edge) {
      this.gesture = new ResizeGesture(this.host, edge.stageId, sx, edge.width);
      return 'col-resize';
    }
    const column = columnAt(layout, toWorld(camera, sx, 0).x);
    if (column) {
      this.ui.selectStage(column.stageId);
      this.gesture = new StageDragGesture(this.host, column.stageId, sx, column.index);
      this.invalidate('headers', 'interaction');
    }
    return 'default';
  }

  pointerMove(sx: number, sy: number): Cursor {
    if (!this.layout) return 'default';
    return this.gesture ? this.gesture.onPointerMove(sx, sy) : this.hoverCursor(sx, sy);
  }

  pointerUp(): void {
    const gesture = this.gesture;
    this.gesture = null;
    gesture?.onPointerUp();
    // The release (a drop's command and its layout) is painted inside this event, not after waiting for the next frame.
    if (gesture) this.scheduler.flush();
  }

  /** Esc, a lost window focus or `pointercancel`: the gesture ends with no command. */
  cancelGesture(): void {
    const gesture = this.gesture;
    this.gesture = null;
    gesture?.onCancel();
  }

  /** The window lost focus: keys released elsewhere (Alt+Tab) never reach us, so Space is no longer held. */
  blur(): void {
    this.spaceHeld = false;
    this.cancelGesture();
  }

  doubleClick(sx: number, sy: number): void {
    if (this.layout) doubleClickAt(this.clickContext(this.layout), sx, sy);
  }

  click(sx: number, sy: number): void {
    if (this.layout) clickAt(this.clickContext(this.layout), sx, sy);
  }

  contextMenu(sx: number, sy: number): void {
    if (this.layout) contextMenuAt(this.clickContext(this.layout), sx, sy);
  }

  private clickContext(layout: BoardLayout): ClickContext {
    return { layout, camera: this.camera.get(), ui: this.ui, intents: this.host.intents };
  }

  private hoverCursor(sx: number, sy: number): Cursor {
    const layout = this.layout;
    if (this.spaceHeld) return 'grab';
    if (!layout) return 'default';
    const camera = this.camera.get();
    if (sy < STAGE_STRIP_HEIGHT && sx > LANE_STRIP_WIDTH) return resizeEdgeAt(layout, camera, sx) ? 'col-resize' : 'pointer';
    if (sx < LANE_STRIP_WIDTH) return 'default';
    if (emotionAt(layout, camera, sx, sy, this.ui.get().emotionCurve)) return 'ns-resize';
    const world = toWorld(camera, sx, sy);
    return noteAt(layout, world.x, world.y) || touchpointAt(layout, world.x, world.y) ? 'grab' : 'default';
  }

  /* ---------- what the paint reads ---------- */

  selectedCellBox(): CellBox | null {
    return this.layout ? selectedCellBox(this.layout, this.ui.get()) : null;
  }

  /** Notes being carried are drawn by the drag layer, not the world layer. */
  getHiddenNotes(): ReadonlySet<string> {
    return this.gesture?.hiddenNotes?.() ?? NO_NOTES;
  }

  dropPreview(): { cell: CellBox; slot: Rect } | null {
    return this.gesture?.dropPreview?.() ?? null;
  }

  marqueeRect(): Rect | null {
    return this.gesture?.marqueeRect?.() ?? null;
  }

  resizeGuideX(): number | null {
    return this.gesture?.resizeGuideX?.() ?? null;
  }

  stageDrag(): ReturnType<NonNullable<Gesture['stageDrag']>> {
    return this.gesture?.stageDrag?.() ?? null;
  }

  emotionDrag(): ReturnType<NonNullable<Gesture['emotionDrag']>> {
    return this.gesture?.emotionDrag?.() ?? null;
  }

  dragOffset(): CarriedItems | null {
    return this.gesture?.carried?.() ?? null;
  }

  isNoteLane(laneId: string): boolean {
    const row = this.layout?.rows.find((r) => r.laneId === laneId);
    return !!row && takesNewNotes(row);
  }
}
