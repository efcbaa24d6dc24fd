/**
 * Runs present mode in the main window: entering saves what the editor showed
 * (camera, selection, panels, full screen) and leaving restores it exactly;
 * in between, every step of the present store is framed by a camera move on
 * the frame clock, and a resize or an edit re-frames the same step at once.
 */
import type { JourneyboardApi } from '../../../electron/ipc-contract';
import type { BoardController } from '../../board/boardController';
import { type Camera, frame, toWorld } from '../../board/camera';
import { CameraAnimation } from '../../board/cameraAnimation';
import type { FrameClock } from '../../board/renderScheduler';
import { type Rect, intersects, noteAt } from '../../model/layout';
import { PRESENT_MARGIN, frameAt, presentPath } from '../../model/present';
import type { JourneyMap } from '../../model/types';
import type { PresentStore } from '../../state/presentStore';
import type { UiState, UiStore } from '../../state/uiStore';
import type { ValueStore } from '../../state/valueStore';
import type { VotingView } from '../../state/votingView';
import { type PresentKey, isLaserKey, presentIntent } from './presentKeys';

export interface PresentModeDeps {
  readonly api: Pick<JourneyboardApi, 'setFullScreen'>;
  readonly present: PresentStore;
  readonly ui: UiStore;
  readonly voting: ValueStore<VotingView>;
  readonly map: () => JourneyMap;
  readonly board: () => BoardController | null;
  /** Called when the window could not go full-screen (or back); the presentation goes on. */
  readonly onFullScreenFailed: (error: unknown) => void;
  readonly requestFrame?: FrameClock;
  readonly now?: () => number;
}

/** What the editor showed before presenting. */
interface Saved {
  readonly camera: Camera;
  readonly ui: UiState;
  readonly votingPanelOpen: boolean;
  readonly wasFullScreen: Promise<boolean>;
}

export class PresentMode {
  private saved: Saved | null = null;
  private animation: CameraAnimation | null = null;
  private stops: (() => void)[] = [];
  /** The last pointer position over the board, in board pixels, for the laser. */
  private pointer: { x: number; y: number } | null = null;
  private laserHeld = false;
  /** Screen pixels at the right that a panel covers (the ranked list of a vote): steps are framed to its left. */
  private reservedRight = 0;

  constructor(private readonly deps: PresentModeDeps) {}

  isActive(): boolean {
    return this.deps.present.get().active;
  }

  enter(): void {
    const board = this.deps.board();
    if (!board || this.isActive() || !board.getLayout()) return;
    const { ui, voting, present, api } = this.deps;
    this.saved = {
      camera: board.getCamera(),
      ui: ui.get(),
      votingPanelOpen: voting.get().panelOpen,
      wasFullScreen: api.setFullScreen({ on: true }).then(
        (answer) => answer.wasFullScreen,
        (error: unknown) => {
          this.deps.onFullScreenFailed(error);
          return false;
        },
      ),
    };
    // Nothing stays selected in front of the room; it all comes back on exit.
    ui.set({ editing: null, shortcutsOpen: false });
    ui.clearSelection();
    this.animation = new CameraAnimation(board.camera, this.deps.requestFrame, this.deps.now);
    present.enter(presentPath(board.getLayout()!, this.view(board)));
    this.reframe(false);
    let shown = present.get();
    this.stops = [
      present.subscribe(() => {
        const next = present.get();
        if (next.active && (next.step !== shown.step || next.frame !== shown.frame)) this.reframe(true);
        shown = next;
      }),
      // A new window size or an edit: the same step, framed again for it, without a move.
      board.onViewportChange(() => this.repath()),
      board.onLayoutChange(() => this.repath()),
    ];
  }

  exit(): void {
    const saved = this.saved;
    const board = this.deps.board();
    if (!saved || !this.isActive()) return;
    for (const stop of this.stops.splice(0)) stop();
    this.laserHeld = false;
    this.reservedRight = 0;
    this.animation?.stop();
    this.animation = null;
    this.saved = null;
    const { ui, voting, present, api } = this.deps;
    present.exit();
    const before = saved.ui;
    ui.set({
      selectedNoteIds: before.selectedNoteIds,
      selectedTouchpointIds: before.selectedTouchpointIds,
      selectedCell: before.selectedCell,
      selectedStageId: before.selectedStageId,
      selectedEmotion: before.selectedEmotion,
      panel: before.panel,
      minimap: before.minimap,
      editing: null,
    });
    ui.prune(this.deps.map());
    voting.set({ panelOpen: saved.votingPanelOpen });
    board?.setCamera(saved.camera);
    void saved.wasFullScreen.then((was) =>
      api.setFullScreen({ on: was }).catch((error: unknown) => this.deps.onFullScreenFailed(error)),
    );
  }

  /** The width a panel over the board's right edge takes while presenting; 0 when none shows. */
  reserveRight(width: number): void {
    if (width === this.reservedRight) return;
    this.reservedRight = width;
    this.repath();
  }

  toggle(): void {
    if (this.isActive()) this.exit();
    else this.enter();
  }

  /** A key while presenting; true when present mode took it. */
  keyDown(e: PresentKey & { readonly repeat?: boolean }): boolean {
    const intent = presentIntent(e);
    if (!intent) return false;
    const { present } = this.deps;
    switch (intent.kind) {
      case 'next':
        present.next();
        break;
      case 'previous':
        present.previous();
        break;
      case 'first':
        present.first();
        break;
      case 'last':
        present.last();
        break;
      case 'scrollDown':
        present.scrollDown();
        break;
      case 'scrollUp':
        present.scrollUp();
        break;
      case 'stage':
        present.goToStage(intent.n);
        break;
      case 'blank':
        present.toggleBlank(intent.blank);
        break;
      case 'laserOn':
        this.laserHeld = true;
        if (!present.get().laser) present.setLaser(this.laserPoint());
        break;
      case 'exit':
        if (present.get().spotlightNoteId) present.spotlight(null);
        else if (present.get().blank !== 'none') present.toggleBlank(present.get().blank as 'black' | 'white');
        else this.exit();
        break;
      case 'ignore':
        break;
    }
    return true;
  }

  keyUp(e: { readonly key: string }): void {
    if (!isLaserKey(e)) return;
    this.laserHeld = false;
    this.deps.present.setLaser(null);
  }

  /** The pointer moved over the board (board pixels): the laser follows it while L is held. */
  pointerAt(x: number, y: number): void {
    this.pointer = { x, y };
    if (this.laserHeld) this.deps.present.setLaser(this.laserPoint());
  }

  /** The note under a board point, for the spotlight and for editing. */
  noteAt(x: number, y: number): string | null {
    const board = this.deps.board();
    const layout = board?.getLayout();
    if (!board || !layout) return null;
    const world = toWorld(board.getCamera(), x, y);
    return noteAt(layout, world.x, world.y)?.id ?? null;
  }

  /* ---------- what the tests and the bench read ---------- */

  framedStageId(): string | null {
    const { path, step } = this.deps.present.get();
    return path[step]?.stageId ?? null;
  }

  /** Where the camera is heading: the current step's frame once a move has ended. */
  destination(): Camera | null {
    return this.animation?.destination() ?? null;
  }

  isMoving(): boolean {
    return this.animation?.isMoving() ?? false;
  }

  /** The smallest note text of the framed stage that is on screen now, in screen pixels; null when none shows. */
  smallestNoteText(): number | null {
    const board = this.deps.board();
    const layout = board?.getLayout();
    const stageId = this.framedStageId();
    if (!board || !layout || !stageId) return null;
    const camera = board.getCamera();
    const view = board.visibleWorld();
    const body = toWorld(camera, board.bodyRect().x, board.bodyRect().y);
    const shown = { x: body.x, y: body.y, width: view.x + view.width - body.x, height: view.y + view.height - body.y };
    let smallest: number | null = null;
    for (const note of layout.notes) {
      if (note.stageId !== stageId || !intersects(note, shown)) continue;
      const size = note.fontSize * camera.scale;
      if (smallest === null || size < smallest) smallest = size;
    }
    return smallest;
  }

  /* ---------- framing ---------- */

  private target(): Camera | null {
    const board = this.deps.board();
    const { path, step, frame: sub } = this.deps.present.get();
    const rect = frameAt(path, { step, frame: sub });
    return board && rect ? frame(rect, this.view(board), PRESENT_MARGIN) : null;
  }

  private reframe(animate: boolean): void {
    const to = this.target();
    if (!to || !this.animation) return;
    if (animate) this.animation.moveTo(to);
    else this.animation.jumpTo(to);
  }

  private repath(): void {
    const board = this.deps.board();
    const layout = board?.getLayout();
    if (!board || !layout || !this.isActive()) return;
    this.deps.present.setPath(presentPath(layout, this.view(board)));
    this.reframe(false);
  }

  /** The part of the board's body the steps are framed in. */
  private view(board: BoardController): Rect {
    const body = board.bodyRect();
    return { ...body, width: Math.max(1, body.width - this.reservedRight) };
  }

  private laserPoint(): { x: number; y: number } | null {
    const board = this.deps.board();
    const pointer = this.pointer;
    if (!board || !pointer) return null;
    return toWorld(board.getCamera(), pointer.x, pointer.y);
  }
}
