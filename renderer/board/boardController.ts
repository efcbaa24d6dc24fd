/**
 * Drives the board between React renders: camera, pointer gestures and
 * repaints. React renders the Konva stage once and again only when the
 * document or the selection changes; panning, zooming and dragging repaint the
 * layers imperatively from here, so a frame never re-renders React.
 *
 * Layers: `world` (grid, notes, curves; static), `drag` (what the pointer
 * carries), `interaction` (selection, drop preview, marquee) and `headers`
 * (sticky strips in screen space). A drag only repaints drag + interaction.
 */
import type Konva from 'konva';
import {
  type BoardLayout,
  type CellBox,
  type Rect,
  boundsOf,
  cellAt,
  columnAt,
  dropIndex,
  type EmotionHit,
  emotionPointAt,
  intersects,
  noteAt,
  rowAt,
  scoreAtY,
  slotRect,
  stageDropIndex,
  touchpointAt,
} from '../model/layout';
import type { Cell } from '../state/commands/noteCommands';
import type { UiStore } from '../state/uiStore';
import { takesNewNotes } from '../model/conventions';
import { MAX_STAGE_WIDTH, MIN_STAGE_WIDTH } from '../model/schema';
import { type Camera, ZOOM_STEP, clampScale, frame, toWorld, visibleWorld, zoomAround } from './camera';
import { LANE_STRIP_WIDTH, MINIMAP_BUTTON_SIZE, MINIMAP_SIZE, STAGE_STRIP_HEIGHT } from './theme';
import { ADD_STAGE_BUTTON, addStageButtonX, bandLabelGeometry } from './paint/paintHeaders';

export interface BoardLayers {
  readonly world: Konva.Layer;
  readonly drag: Konva.Layer;
  readonly interaction: Konva.Layer;
  readonly headers: Konva.Layer;
}

/** What the board asks the app to do; each maps to a named command or a UI change. */
export interface BoardIntents {
  moveNotes(noteIds: readonly string[], cell: Cell, index: number): void;
  moveTouchpoint(touchpointId: string, cell: Cell, index: number): void;
  moveStage(stageId: string, toIndex: number): void;
  resizeStage(stageId: string, width: number): void;
  addStage(): void;
  editNote(noteId: string): void;
  newNote(cell: Cell): void;
  newTouchpoint(cell: Cell): void;
  editStage(stageId: string): void;
  editLane(laneId: string): void;
  openPersona(personaId: string): void;
  openTouchpoint(touchpointId: string): void;
  setEmotion(hit: EmotionHit, score: number): void;
  editEmotionLabel(hit: EmotionHit): void;
  contextMenu(target: ContextTarget, screenX: number, screenY: number): void;
}

export type ContextTarget =
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'lane'; readonly laneId: string }
  | { readonly kind: 'persona'; readonly personaId: string | null }
  | { readonly kind: 'note'; readonly noteId: string }
  | { readonly kind: 'cell'; readonly cell: Cell };

type Gesture =
  | { kind: 'idle' }
  | { kind: 'pan'; startX: number; startY: number; camera: Camera }
  | { kind: 'pressNote'; noteIds: string[]; startX: number; startY: number; dragging: boolean; dx: number; dy: number; dropCell: CellBox | null; dropAt: number }
  | { kind: 'pressTouchpoint'; touchpointId: string; startX: number; startY: number; dragging: boolean; dx: number; dy: number; dropCell: CellBox | null; dropAt: number }
  | { kind: 'marquee'; startX: number; startY: number; rect: Rect | null; base: ReadonlySet<string> }
  | { kind: 'stageDrag'; stageId: string; startX: number; pointerX: number; dragging: boolean; dropIndex: number }
  | { kind: 'resize'; stageId: string; startX: number; startWidth: number; width: number }
  | { kind: 'emotion'; hit: EmotionHit; score: number };

const DRAG_THRESHOLD = 4;
const RESIZE_GRAB = 7;
/** A mouse wheel notch is ~100 units of deltaY; a pinch sends small deltas with ctrlKey. */
const WHEEL_ZOOM_RATE = 0.0015;
const PINCH_ZOOM_RATE = 0.01;

export class BoardController {
  private layout: BoardLayout | null = null;
  private camera: Camera = { x: LANE_STRIP_WIDTH + 16, y: STAGE_STRIP_HEIGHT + 12, scale: 1 };
  private viewport = { width: 1, height: 1 };
  private gesture: Gesture = { kind: 'idle' };
  private layers: BoardLayers | null = null;
  private spaceHeld = false;
  private hiddenNotes: ReadonlySet<string> = new Set();
  private readonly cameraListeners = new Set<(camera: Camera) => void>();
  private readonly layoutListeners = new Set<() => void>();
  private frameRequested = { world: false, drag: false, interaction: false, headers: false };
  private rafHandle = 0;

  constructor(
    private readonly ui: UiStore,
    private readonly intents: BoardIntents,
    private readonly requestFrame: (callback: () => void) => number = (cb) => requestAnimationFrame(cb),
  ) {}

  /* ---------- wiring ---------- */

  attach(layers: BoardLayers): void {
    this.layers = layers;
    this.applyCamera();
  }

  setLayout(layout: BoardLayout): void {
    this.layout = layout;
    this.invalidate('world', 'interaction', 'headers', 'drag');
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
    this.viewport = { width, height };
    this.invalidate('world', 'interaction', 'headers');
  }

  getCamera(): Camera {
    return this.camera;
  }

  onCamera(listener: (camera: Camera) => void): () => void {
    this.cameraListeners.add(listener);
    return () => this.cameraListeners.delete(listener);
  }

  /** Notes being carried are drawn by the drag layer, not the world layer. */
  getHiddenNotes(): ReadonlySet<string> {
    return this.hiddenNotes;
  }

  getGesture(): Readonly<Gesture> {
    return this.gesture;
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

  /* ---------- camera ---------- */

  setCamera(camera: Camera): void {
    this.camera = camera;
    this.applyCamera();
    for (const listener of this.cameraListeners) listener(camera);
  }

  zoomBy(factor: number, screenX?: number, screenY?: number): void {
    const body = this.bodyRect();
    this.setCamera(
      zoomAround(this.camera, screenX ?? body.x + body.width / 2, screenY ?? body.y + body.height / 2, this.camera.scale * factor),
    );
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  resetZoom(): void {
    const body = this.bodyRect();
    this.setCamera(zoomAround(this.camera, body.x + body.width / 2, body.y + body.height / 2, 1));
  }

  /**
   * Frames the whole map as large as it fits. The map goes beside or above the
   * minimap (or the button it collapses to), whichever leaves it larger, so it is never covered.
   */
  fit(): void {
    if (!this.layout) return;
    const wall = { x: 0, y: 0, width: Math.max(this.layout.width, 1), height: Math.max(this.layout.height, 1) };
    const body = this.bodyRect();
    const whole = frame(wall, body, 24);
    const corner = this.ui.get().minimap ? MINIMAP_SIZE : MINIMAP_BUTTON_SIZE;
    const minimap = { x: body.x + body.width - corner.width - 14, y: body.y + body.height - corner.height - 14, width: corner.width + 14, height: corner.height + 14 };
    const onScreen = (camera: Camera): Rect => ({ x: camera.x, y: camera.y, width: wall.width * camera.scale, height: wall.height * camera.scale });
    const candidates = [
      whole,
      frame(wall, { ...body, height: Math.max(1, body.height - minimap.height - 8) }, 24),
      frame(wall, { ...body, width: Math.max(1, body.width - minimap.width - 8) }, 24),
    ].filter((camera) => !intersects(onScreen(camera), minimap));
    const best = candidates.reduce<Camera | null>((a, b) => (a && a.scale >= b.scale ? a : b), null);
    this.setCamera(best ?? whole);
  }

  zoomToSelection(): void {
    const layout = this.layout;
    if (!layout) return;
    const state = this.ui.get();
    const boxes: Rect[] = [];
    for (const id of state.selectedNoteIds) {
      const box = layout.noteIndex.get(id);
      if (box) boxes.push(box);
    }
    for (const box of layout.touchpoints) if (state.selectedTouchpointIds.has(box.id)) boxes.push(box);
    const cell = this.selectedCellBox();
    if (boxes.length === 0 && cell) boxes.push(cell);
    const bounds = boundsOf(boxes);
    if (bounds) this.frameRect(bounds, 48);
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
    this.setCamera({ ...this.camera, x, y });
  }

  /** Pans sideways only, just enough to show a stage column. */
  revealColumn(x: number, width: number): void {
    const view = visibleWorld(this.camera, this.bodyRect());
    const y = view.y + view.height / 2;
    this.reveal({ x, y, width: Math.min(width, view.width), height: 1 });
  }

  private frameRect(rect: Rect, margin = 24): void {
    this.setCamera(frame(rect, this.bodyRect(), margin));
  }

  private applyCamera(): void {
    const layers = this.layers;
    if (!layers) return;
    for (const layer of [layers.world, layers.drag, layers.interaction]) {
      layer.position({ x: this.camera.x, y: this.camera.y });
      layer.scale({ x: this.camera.scale, y: this.camera.scale });
    }
    this.invalidate('world', 'drag', 'interaction', 'headers');
  }

  /** Coalesces repaints to one per animation frame and per layer. */
  invalidate(...which: (keyof BoardLayers)[]): void {
    for (const name of which) this.frameRequested[name] = true;
    if (this.rafHandle !== 0) return;
    this.rafHandle = this.requestFrame(() => {
      this.rafHandle = 0;
      this.flush();
    });
  }

  /** Paints whatever is pending right now; the bench calls it to time one frame. */
  flush(): void {
    const layers = this.layers;
    if (!layers) return;
    const pending = this.frameRequested;
    this.frameRequested = { world: false, drag: false, interaction: false, headers: false };
    if (pending.world) layers.world.draw();
    if (pending.drag) layers.drag.draw();
    if (pending.interaction) layers.interaction.draw();
    if (pending.headers) layers.headers.draw();
  }

  /* ---------- pointer input, in container coordinates ---------- */

  setSpaceHeld(held: boolean): void {
    this.spaceHeld = held;
  }

  pointerDown(sx: number, sy: number, button: number, shift: boolean): string {
    const layout = this.layout;
    if (!layout) return 'default';
    if (button === 1 || (button === 0 && this.spaceHeld)) {
      this.gesture = { kind: 'pan', startX: sx, startY: sy, camera: this.camera };
      return 'grabbing';
    }
    if (button !== 0) return 'default';
    const world = toWorld(this.camera, sx, sy);

    if (sy < STAGE_STRIP_HEIGHT) {
      if (sx < LANE_STRIP_WIDTH) return 'default';
      const plusX = addStageButtonX(layout, this.camera);
      if (sx >= plusX && sx <= plusX + ADD_STAGE_BUTTON) {
        this.intents.addStage();
        return 'default';
      }
      const edge = this.resizeEdgeAt(sx);
      if (edge) {
        this.gesture = { kind: 'resize', stageId: edge.stageId, startX: sx, startWidth: edge.width, width: edge.width };
        return 'col-resize';
      }
      const column = columnAt(layout, world.x);
      if (column) {
        this.ui.set({ selectedStageId: column.stageId, selectedNoteIds: new Set(), selectedTouchpointIds: new Set(), selectedCell: null, selectedEmotion: null });
        this.gesture = { kind: 'stageDrag', stageId: column.stageId, startX: sx, pointerX: sx, dragging: false, dropIndex: column.index };
        this.invalidate('headers', 'interaction');
      }
      return 'default';
    }
    if (sx < LANE_STRIP_WIDTH) return 'default';

    const emotion = emotionPointAt(layout, world.x, world.y, 14 / this.camera.scale, this.ui.get().emotionCurve);
    if (emotion) {
      const lane = layout.emotionLanes.find((l) => l.laneId === emotion.laneId);
      const score = emotion.score ?? (lane ? scoreAtY(lane, world.y) : 0);
      this.gesture = { kind: 'emotion', hit: emotion, score };
      this.invalidate('interaction');
      return 'ns-resize';
    }

    const note = noteAt(layout, world.x, world.y);
    const ui = this.ui.get();
    if (note) {
      let selected = new Set(ui.selectedNoteIds);
      if (shift) {
        if (selected.has(note.id)) selected.delete(note.id);
        else selected.add(note.id);
      } else if (!selected.has(note.id)) {
        selected = new Set([note.id]);
      }
      this.ui.selectNotes(selected, { laneId: note.laneId, stageId: note.stageId });
      const carried = selected.has(note.id) ? [...selected] : [note.id];
      this.gesture = { kind: 'pressNote', noteIds: carried, startX: sx, startY: sy, dragging: false, dx: 0, dy: 0, dropCell: null, dropAt: 0 };
      return 'grab';
    }
    const touchpoint = touchpointAt(layout, world.x, world.y);
    if (touchpoint) {
      this.ui.set({ selectedTouchpointIds: new Set([touchpoint.id]), selectedNoteIds: new Set(), selectedCell: { laneId: touchpoint.laneId, stageId: touchpoint.stageId }, selectedStageId: null, selectedEmotion: null });
      this.gesture = { kind: 'pressTouchpoint', touchpointId: touchpoint.id, startX: sx, startY: sy, dragging: false, dx: 0, dy: 0, dropCell: null, dropAt: 0 };
      return 'grab';
    }
    const cell = cellAt(layout, world.x, world.y);
    if (cell) {
      if (!shift) this.ui.selectNotes([], { laneId: cell.laneId, stageId: cell.stageId });
      this.gesture = { kind: 'marquee', startX: sx, startY: sy, rect: null, base: shift ? ui.selectedNoteIds : new Set() };
    } else if (!shift) {
      this.ui.clearSelection();
    }
    return 'default';
  }

  pointerMove(sx: number, sy: number): string {
    const layout = this.layout;
    const gesture = this.gesture;
    if (!layout) return 'default';
    switch (gesture.kind) {
      case 'idle':
        return this.hoverCursor(sx, sy);
      case 'pan':
        this.setCamera({ ...gesture.camera, x: gesture.camera.x + sx - gesture.startX, y: gesture.camera.y + sy - gesture.startY });
        return 'grabbing';
      case 'pressNote':
      case 'pressTouchpoint': {
        if (!gesture.dragging && Math.hypot(sx - gesture.startX, sy - gesture.startY) < DRAG_THRESHOLD) return 'grab';
        if (!gesture.dragging) {
          gesture.dragging = true;
          if (gesture.kind === 'pressNote') {
            this.hiddenNotes = new Set(gesture.noteIds);
            this.invalidate('world');
          }
        }
        gesture.dx = (sx - gesture.startX) / this.camera.scale;
        gesture.dy = (sy - gesture.startY) / this.camera.scale;
        const world = toWorld(this.camera, sx, sy);
        const cell = cellAt(layout, world.x, world.y);
        const row = cell ? layout.rows.find((r) => r.laneId === cell.laneId) : undefined;
        const accepts = row && (gesture.kind === 'pressNote' ? takesNewNotes(row) : !row.collapsed && row.kind === 'touchpoints');
        gesture.dropCell = accepts && cell ? cell : null;
        gesture.dropAt = gesture.dropCell ? dropIndex(layout, gesture.dropCell, world.x, world.y, this.hiddenNotes) : 0;
        this.invalidate('drag', 'interaction');
        return 'grabbing';
      }
      case 'marquee': {
        const a = toWorld(this.camera, gesture.startX, gesture.startY);
        const b = toWorld(this.camera, sx, sy);
        if (Math.hypot(sx - gesture.startX, sy - gesture.startY) < DRAG_THRESHOLD && !gesture.rect) return 'crosshair';
        const rect = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
        gesture.rect = rect;
        const hit = new Set(gesture.base);
        for (const box of layout.notes) if (intersects(box, rect)) hit.add(box.id);
        this.ui.set({ selectedNoteIds: hit });
        this.invalidate('interaction');
        return 'crosshair';
      }
      case 'stageDrag': {
        if (!gesture.dragging && Math.abs(sx - gesture.startX) < DRAG_THRESHOLD) return 'default';
        gesture.dragging = true;
        gesture.pointerX = sx;
        gesture.dropIndex = stageDropIndex(layout, toWorld(this.camera, sx, sy).x);
        this.invalidate('headers');
        return 'grabbing';
      }
      case 'resize':
        gesture.width = gesture.startWidth + (sx - gesture.startX) / this.camera.scale;
        this.invalidate('interaction');
        return 'col-resize';
      case 'emotion': {
        const lane = layout.emotionLanes.find((l) => l.laneId === gesture.hit.laneId);
        if (!lane) return 'ns-resize';
        const world = toWorld(this.camera, sx, sy);
        gesture.score = scoreAtY(lane, world.y);
        this.invalidate('interaction');
        return 'ns-resize';
      }
    }
  }

  pointerUp(): void {
    const gesture = this.gesture;
    this.gesture = { kind: 'idle' };
    switch (gesture.kind) {
      case 'pressNote':
        if (gesture.dragging) {
          this.hiddenNotes = new Set();
          if (gesture.dropCell) {
            this.intents.moveNotes(gesture.noteIds, { laneId: gesture.dropCell.laneId, stageId: gesture.dropCell.stageId }, gesture.dropAt);
          }
          this.invalidate('world', 'drag', 'interaction');
        }
        break;
      case 'pressTouchpoint':
        if (gesture.dragging && gesture.dropCell) {
          this.intents.moveTouchpoint(gesture.touchpointId, { laneId: gesture.dropCell.laneId, stageId: gesture.dropCell.stageId }, gesture.dropAt);
        }
        this.invalidate('world', 'drag', 'interaction');
        break;
      case 'marquee':
        this.invalidate('interaction');
        break;
      case 'stageDrag':
        if (gesture.dragging) {
          const from = this.layout?.columns.findIndex((c) => c.stageId === gesture.stageId) ?? -1;
          const to = gesture.dropIndex > from ? gesture.dropIndex - 1 : gesture.dropIndex;
          if (from >= 0 && to !== from) this.intents.moveStage(gesture.stageId, to);
        }
        this.invalidate('headers');
        break;
      case 'resize':
        if (Math.round(gesture.width) !== gesture.startWidth) this.intents.resizeStage(gesture.stageId, gesture.width);
        this.invalidate('interaction');
        break;
      case 'emotion':
        this.intents.setEmotion(gesture.hit, gesture.score);
        this.invalidate('interaction');
        break;
      default:
        break;
    }
  }

  doubleClick(sx: number, sy: number): void {
    const layout = this.layout;
    if (!layout) return;
    const world = toWorld(this.camera, sx, sy);
    if (sy < STAGE_STRIP_HEIGHT) {
      const column = sx > LANE_STRIP_WIDTH ? columnAt(layout, world.x) : null;
      if (column) this.intents.editStage(column.stageId);
      return;
    }
    if (sx < LANE_STRIP_WIDTH) {
      const target = this.stripTarget(world.y, sx, sy);
      if (target?.kind === 'lane') this.intents.editLane(target.laneId);
      if (target?.kind === 'persona' && target.personaId) this.intents.openPersona(target.personaId);
      return;
    }
    const emotion = emotionPointAt(layout, world.x, world.y, 14 / this.camera.scale, this.ui.get().emotionCurve);
    if (emotion && emotion.score !== null) {
      this.intents.editEmotionLabel(emotion);
      return;
    }
    const note = noteAt(layout, world.x, world.y);
    if (note) {
      this.intents.editNote(note.id);
      return;
    }
    const touchpoint = touchpointAt(layout, world.x, world.y);
    if (touchpoint) {
      this.intents.openTouchpoint(touchpoint.id);
      return;
    }
    const cell = cellAt(layout, world.x, world.y);
    const row = cell ? rowAt(layout, world.y) : null;
    if (!cell || !row || row.collapsed || row.kind === 'emotions') return;
    if (row.kind === 'touchpoints') this.intents.newTouchpoint({ laneId: cell.laneId, stageId: cell.stageId });
    else this.intents.newNote({ laneId: cell.laneId, stageId: cell.stageId });
  }

  /** Clicking a persona's label in the left strip opens its card. */
  click(sx: number, sy: number): void {
    if (!this.layout || sx >= LANE_STRIP_WIDTH || sy < STAGE_STRIP_HEIGHT) return;
    const target = this.stripTarget(toWorld(this.camera, sx, sy).y, sx, sy);
    if (target?.kind === 'persona' && target.personaId) this.intents.openPersona(target.personaId);
  }

  contextMenu(sx: number, sy: number): void {
    const layout = this.layout;
    if (!layout) return;
    const world = toWorld(this.camera, sx, sy);
    let target: ContextTarget | null = null;
    if (sy < STAGE_STRIP_HEIGHT) {
      const column = sx > LANE_STRIP_WIDTH ? columnAt(layout, world.x) : null;
      if (column) {
        this.ui.set({ selectedStageId: column.stageId, selectedNoteIds: new Set(), selectedTouchpointIds: new Set(), selectedCell: null, selectedEmotion: null });
        target = { kind: 'stage', stageId: column.stageId };
      }
    } else if (sx < LANE_STRIP_WIDTH) {
      target = this.stripTarget(world.y, sx, sy);
    } else {
      const note = noteAt(layout, world.x, world.y);
      const cell = cellAt(layout, world.x, world.y);
      if (note) {
        if (!this.ui.get().selectedNoteIds.has(note.id)) this.ui.selectNotes([note.id], { laneId: note.laneId, stageId: note.stageId });
        target = { kind: 'note', noteId: note.id };
      } else if (cell) {
        this.ui.selectNotes([], { laneId: cell.laneId, stageId: cell.stageId });
        target = { kind: 'cell', cell: { laneId: cell.laneId, stageId: cell.stageId } };
      }
    }
    if (target) this.intents.contextMenu(target, sx, sy);
  }

  wheel(sx: number, sy: number, deltaX: number, deltaY: number, ctrl: boolean, shift: boolean): void {
    if (shift && !ctrl) {
      this.setCamera({ ...this.camera, x: this.camera.x - (deltaY || deltaX) });
      return;
    }
    const rate = ctrl ? PINCH_ZOOM_RATE : WHEEL_ZOOM_RATE;
    this.setCamera(zoomAround(this.camera, sx, sy, clampScale(this.camera.scale * Math.exp(-deltaY * rate))));
  }

  /* ---------- helpers ---------- */

  selectedCellBox(): CellBox | null {
    const cell = this.ui.get().selectedCell;
    return cell && this.layout ? (this.layout.cells.get(`${cell.laneId}|${cell.stageId}`) ?? null) : null;
  }

  /** What the pointer is on in the left strip: a persona's label row, or a lane title. */
  private stripTarget(worldY: number, sx: number, sy: number): ContextTarget | null {
    const layout = this.layout;
    if (!layout) return null;
    const { vertical, labelHeight, barWidth } = bandLabelGeometry(this.camera.scale);
    for (const band of layout.bands) {
      const top = band.y * this.camera.scale + this.camera.y;
      const bottom = top + band.height * this.camera.scale;
      if (sy < top || sy > bottom) continue;
      const labelTop = Math.min(Math.max(top, STAGE_STRIP_HEIGHT), bottom - labelHeight);
      const onLabel = vertical ? sx <= barWidth : sy >= labelTop && sy <= labelTop + labelHeight;
      if (onLabel) return { kind: 'persona', personaId: band.personaId };
    }
    const row = rowAt(layout, worldY);
    return row ? { kind: 'lane', laneId: row.laneId } : null;
  }

  private resizeEdgeAt(sx: number): { stageId: string; width: number } | null {
    for (const column of this.layout?.columns ?? []) {
      const right = (column.x + column.width) * this.camera.scale + this.camera.x;
      if (Math.abs(sx - right) <= RESIZE_GRAB) return { stageId: column.stageId, width: column.width };
    }
    return null;
  }

  private hoverCursor(sx: number, sy: number): string {
    if (this.spaceHeld) return 'grab';
    if (sy < STAGE_STRIP_HEIGHT && sx > LANE_STRIP_WIDTH) return this.resizeEdgeAt(sx) ? 'col-resize' : 'pointer';
    if (!this.layout || sx < LANE_STRIP_WIDTH) return 'default';
    const world = toWorld(this.camera, sx, sy);
    if (emotionPointAt(this.layout, world.x, world.y, 14 / this.camera.scale, this.ui.get().emotionCurve)) return 'ns-resize';
    return noteAt(this.layout, world.x, world.y) || touchpointAt(this.layout, world.x, world.y) ? 'grab' : 'default';
  }

  /** What the drop preview should show while a note is carried. */
  dropPreview(): { cell: CellBox; slot: Rect } | null {
    const g = this.gesture;
    if ((g.kind !== 'pressNote' && g.kind !== 'pressTouchpoint') || !g.dragging || !g.dropCell || !this.layout) return null;
    return { cell: g.dropCell, slot: slotRect(this.layout, g.dropCell, g.dropAt, this.hiddenNotes) };
  }

  marqueeRect(): Rect | null {
    return this.gesture.kind === 'marquee' ? this.gesture.rect : null;
  }

  resizeGuideX(): number | null {
    const g = this.gesture;
    if (g.kind !== 'resize' || !this.layout) return null;
    const column = this.layout.columns.find((c) => c.stageId === g.stageId);
    return column ? column.x + Math.min(MAX_STAGE_WIDTH, Math.max(MIN_STAGE_WIDTH, g.width)) : null;
  }

  stageDrag(): { stageId: string; pointerX: number; dropIndex: number } | null {
    const g = this.gesture;
    return g.kind === 'stageDrag' && g.dragging ? { stageId: g.stageId, pointerX: g.pointerX, dropIndex: g.dropIndex } : null;
  }

  emotionDrag(): { hit: EmotionHit; score: number } | null {
    const g = this.gesture;
    return g.kind === 'emotion' ? { hit: g.hit, score: g.score } : null;
  }

  dragOffset(): { dx: number; dy: number; noteIds: readonly string[]; touchpointId: string | null } | null {
    const g = this.gesture;
    if (g.kind === 'pressNote' && g.dragging) return { dx: g.dx, dy: g.dy, noteIds: g.noteIds, touchpointId: null };
    if (g.kind === 'pressTouchpoint' && g.dragging) return { dx: g.dx, dy: g.dy, noteIds: [], touchpointId: g.touchpointId };
    return null;
  }

  isNoteLane(laneId: string): boolean {
    const row = this.layout?.rows.find((r) => r.laneId === laneId);
    return !!row && takesNewNotes(row);
  }
}
