/**
 * Present mode without a canvas: the real board controller (no Konva layers
 * attached), the real stores and layout, a frame clock and a clock the test
 * runs by hand. Entering frames the overview; → moves the camera over frames
 * to the next stage; a resize re-frames at once; Esc gives back the camera,
 * the selection, the panels and the window's full-screen state.
 */
import { describe, expect, it } from 'vitest';
import { BoardController, type BoardIntents } from '../../../renderer/board/boardController';
import { CAMERA_MOVE_MS } from '../../../renderer/board/cameraAnimation';
import { NOTE_MIN_HEIGHT, NOTE_WIDTH, computeLayout } from '../../../renderer/model/layout';
import { estimateTextWidth, fitText } from '../../../renderer/model/textFit';
import { PresentStore } from '../../../renderer/state/presentStore';
import { UiStore } from '../../../renderer/state/uiStore';
import { newVotingView } from '../../../renderer/state/votingView';
import { PresentMode } from '../../../renderer/ui/present/presentMode';
import { generateMap } from '../../fixtures/generateMap';

const map = generateMap({ personas: 1, lanesPerPersona: 2, sharedLanes: [], stages: 3, notesPerCell: 1, seed: 7 }).map;
const layout = computeLayout(map, { fitNote: (text) => fitText(text, NOTE_WIDTH, NOTE_MIN_HEIGHT, estimateTextWidth), focus: null });

function setup(wasFullScreen = false) {
  const frames: (() => void)[] = [];
  const clock = { ms: 0 };
  const ui = new UiStore();
  const board = new BoardController(ui, {} as BoardIntents, (callback) => frames.push(callback));
  board.setViewport(1280, 720);
  board.setLayout(layout);
  const fullScreen: boolean[] = [];
  const present = new PresentStore();
  const voting = newVotingView();
  const mode = new PresentMode({
    api: {
      setFullScreen: async ({ on }) => {
        fullScreen.push(on);
        return { wasFullScreen };
      },
    },
    present,
    ui,
    voting,
    map: () => map,
    board: () => board,
    onFullScreenFailed: () => undefined,
    requestFrame: (callback) => frames.push(callback),
    now: () => clock.ms,
  });
  /** Runs every frame asked for until `ms`, the clock moving with them. */
  const runUntil = (ms: number) => {
    for (let t = clock.ms; t <= ms && frames.length > 0; t += 16) {
      clock.ms = t;
      for (const frame of frames.splice(0)) frame();
    }
    clock.ms = ms;
    for (const frame of frames.splice(0)) frame();
  };
  return { ui, board, present, voting, mode, fullScreen, runUntil };
}

describe('present mode', () => {
  it('frames the overview on entering, then moves over frames to each stage', () => {
    const { board, present, mode, runUntil } = setup();
    mode.enter();
    expect(present.get().active).toBe(true);
    expect(mode.framedStageId()).toBeNull();
    const overview = board.getCamera();
    expect(mode.destination()).toEqual(overview);

    mode.keyDown({ key: 'ArrowRight', ctrlKey: false, metaKey: false, altKey: false });
    expect(mode.framedStageId()).toBe(layout.columns[0]!.stageId);
    expect(mode.isMoving()).toBe(true);
    runUntil(CAMERA_MOVE_MS / 2);
    const midway = board.getCamera();
    expect(midway).not.toEqual(overview);
    expect(midway).not.toEqual(mode.destination());
    runUntil(CAMERA_MOVE_MS + 20);
    expect(mode.isMoving()).toBe(false);
    expect(board.getCamera()).toEqual(mode.destination());
    expect(mode.smallestNoteText()).toBeGreaterThanOrEqual(18);
  });

  it('re-frames the same step at once when the window changes size', () => {
    const { board, mode, runUntil } = setup();
    mode.enter();
    mode.keyDown({ key: '2', ctrlKey: false, metaKey: false, altKey: false });
    runUntil(CAMERA_MOVE_MS + 20);
    const at720 = board.getCamera();
    board.setViewport(1920, 1080);
    expect(mode.isMoving()).toBe(false);
    expect(board.getCamera()).not.toEqual(at720);
    expect(mode.framedStageId()).toBe(layout.columns[1]!.stageId);
    expect(mode.smallestNoteText()).toBeGreaterThanOrEqual(18);
  });

  it('gives back the camera, the selection, the panels and the window state on Esc', async () => {
    const { ui, board, present, voting, mode, fullScreen, runUntil } = setup(true);
    const note = layout.notes[0]!;
    ui.selectNotes([note.id], { laneId: note.laneId, stageId: note.stageId });
    ui.set({ panel: { kind: 'touchpointSummary' }, minimap: false });
    voting.set({ panelOpen: true });
    board.setCamera({ x: 12, y: 34, scale: 0.8 });
    const before = ui.get();

    mode.enter();
    expect(ui.get().selectedNoteIds.size).toBe(0);
    mode.keyDown({ key: 'End', ctrlKey: false, metaKey: false, altKey: false });
    runUntil(CAMERA_MOVE_MS / 2);
    mode.keyDown({ key: 'Escape', ctrlKey: false, metaKey: false, altKey: false });
    expect(present.get().active).toBe(false);
    expect(board.getCamera()).toEqual({ x: 12, y: 34, scale: 0.8 });
    // The move under way at Esc does not drag the camera on afterwards.
    runUntil(CAMERA_MOVE_MS * 2);
    expect(board.getCamera()).toEqual({ x: 12, y: 34, scale: 0.8 });
    expect([...ui.get().selectedNoteIds]).toEqual([note.id]);
    expect(ui.get().selectedCell).toEqual(before.selectedCell);
    expect(ui.get().panel).toEqual({ kind: 'touchpointSummary' });
    expect(ui.get().minimap).toBe(false);
    expect(voting.get().panelOpen).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // It was full-screen before presenting, so it stays full-screen.
    expect(fullScreen).toEqual([true, true]);
  });

  it('Esc closes the spotlight, then the blank screen, and only then leaves', () => {
    const { present, mode } = setup();
    mode.enter();
    const esc = { key: 'Escape', ctrlKey: false, metaKey: false, altKey: false };
    present.spotlight(layout.notes[0]!.id);
    present.toggleBlank('black');
    mode.keyDown(esc);
    expect(present.get()).toMatchObject({ active: true, spotlightNoteId: null, blank: 'black' });
    mode.keyDown(esc);
    expect(present.get()).toMatchObject({ active: true, blank: 'none' });
    mode.keyDown(esc);
    expect(present.get().active).toBe(false);
  });
});
