/**
 * Pointer gestures on the real board, driven by DOM pointer events, with the
 * board's intents running the real commands on a DocumentStore:
 * - Esc, a lost window focus and `pointercancel` end a gesture with the
 *   document untouched (a cancelled drag used to drop; Space stayed held
 *   after Alt+Tab, so the next click panned);
 * - a drag on the to-be curve never moves the as-is face under it;
 * - a touchpoint card lands where its drop preview showed it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardIntents } from '../../renderer/board/boardController';
import type { BoardLayout, Rect } from '../../renderer/model/layout';
import { notesInCell, touchpointsInCell } from '../../renderer/model/queries';
import { setEmotionScore } from '../../renderer/state/commands/emotionCommands';
import { moveNotes } from '../../renderer/state/commands/noteCommands';
import { moveStage, resizeStage } from '../../renderer/state/commands/stageCommands';
import { addTouchpoint, moveTouchpoint } from '../../renderer/state/commands/touchpointCommands';
import { DocumentStore } from '../../renderer/state/documentStore';
import { minimalMap } from '../fixtures/fixtureMaps';
import { type MountedBoard, mountBoard, noIntents, toScreenPoint } from './boardHarness';

/** minimal.cjm: lanes l0001 actions … l0004 touchpoints, stages s0001 … s0005, persona p0001. */
const ACTIONS = 'l0001';
const TOUCHPOINTS = 'l0004';

let store: DocumentStore;
let board: MountedBoard;

function commandIntents(): BoardIntents {
  return {
    ...noIntents,
    moveNotes: (noteIds, cell, index) => store.run(moveNotes, { ...cell, noteIds, index }),
    moveTouchpoint: (touchpointId, cell, index) => store.run(moveTouchpoint, { ...cell, touchpointId, index }),
    moveStage: (stageId, toIndex) => store.run(moveStage, { stageId, toIndex }),
    resizeStage: (stageId, width) => store.run(resizeStage, { stageId, width }),
    setEmotion: (hit, score) => store.run(setEmotionScore, { personaId: hit.personaId, stageId: hit.stageId, curve: hit.curve, score }),
  };
}

beforeEach(async () => {
  let n = 0;
  store = new DocumentStore(minimalMap(), { clock: { now: () => 0 }, newId: () => `g${++n}` });
  board = await mountBoard(store, undefined, commandIntents());
  board.controller.setCamera({ x: 200, y: 60, scale: 1 });
});
afterEach(() => board.unmount());

const surface = () => board.host.querySelector<HTMLElement>('[data-testid="board"]')!;

function pointer(type: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel', x: number, y: number, button = 0): void {
  const pressed = type === 'pointerdown' || type === 'pointermove' ? (button === 1 ? 4 : 1) : 0;
  surface().dispatchEvent(
    new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: type === 'pointermove' ? -1 : button, buttons: pressed, pointerId: 1, pointerType: 'mouse', isPrimary: true }),
  );
}

/** A cell's rectangle: its stage's column across its lane's row. */
function cellRect(layout: BoardLayout, laneId: string, stageId: string): Rect {
  const column = layout.columns.find((c) => c.stageId === stageId)!;
  const row = layout.rows.find((r) => r.laneId === laneId)!;
  return { x: column.x, y: row.y, width: column.width, height: row.height };
}

const centre = (rect: Rect) => toScreenPoint(board.controller, rect.x + rect.width / 2, rect.y + rect.height / 2);

/** Presses the first note of the actions lane and carries it to the next stage's actions cell, without releasing. */
function carryNoteToNextStage(): { noteId: string } {
  const layout = board.layout();
  const note = layout.notes.find((n) => n.laneId === ACTIONS)!;
  const target = cellRect(layout, ACTIONS, layout.columns[note.stageId === 's0002' ? 2 : 1]!.stageId);
  const from = centre(note);
  const to = toScreenPoint(board.controller, target.x + target.width / 2, target.y + target.height - 8);
  pointer('pointerdown', from.x, from.y);
  for (let i = 1; i <= 5; i++) pointer('pointermove', from.x + ((to.x - from.x) * i) / 5, from.y + ((to.y - from.y) * i) / 5);
  expect(board.controller.dropPreview(), 'the drag is under way, over a cell that takes it').not.toBeNull();
  return { noteId: note.id };
}

describe('cancelling a gesture leaves the document untouched', () => {
  it('pointercancel during a note drag drops nothing', () => {
    const before = store.getMap();
    carryNoteToNextStage();
    pointer('pointercancel', 0, 0);
    expect(store.getMap()).toBe(before);
    expect(board.controller.dropPreview()).toBeNull();
  });

  it('Esc during a note drag drops nothing, and the release after it drops nothing either', () => {
    const before = store.getMap();
    const { noteId } = carryNoteToNextStage();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    pointer('pointerup', 0, 0);
    expect(store.getMap()).toBe(before);
    expect(board.controller.getHiddenNotes().has(noteId), 'the carried note is back on the wall').toBe(false);
  });

  it('losing the window focus during a drag drops nothing', () => {
    const before = store.getMap();
    carryNoteToNextStage();
    window.dispatchEvent(new FocusEvent('blur'));
    pointer('pointerup', 0, 0);
    expect(store.getMap()).toBe(before);
  });

  it('Space held when the window lost focus (Alt+Tab) is released: the next press does not pan', () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
    window.dispatchEvent(new FocusEvent('blur'));
    const camera = board.controller.getCamera();
    const cell = cellRect(board.layout(), ACTIONS, 's0003');
    const at = centre(cell);
    pointer('pointerdown', at.x, at.y);
    pointer('pointermove', at.x + 80, at.y + 40);
    pointer('pointerup', at.x + 80, at.y + 40);
    expect(board.controller.getCamera()).toEqual(camera);
  });
});

describe('emotion curves', () => {
  it('a drag on the to-be curve where it has no point yet places a to-be point and leaves the as-is face alone', async () => {
    // Listening before the change: the layout may follow it at once or at the next render.
    const relaid = board.nextLayout();
    store.run(setEmotionScore, { personaId: 'p0001', stageId: 's0002', curve: 'current', score: 1 });
    board.ui.set({ emotionCurve: 'target' });
    await relaid;
    const layout = board.layout();
    const face = layout.emotionLanes[0]!.curves.find((c) => c.curve === 'current')!.points[0]!;
    const at = toScreenPoint(board.controller, face.x, face.y);
    const step = layout.emotionLanes[0]!.height / 10;
    pointer('pointerdown', at.x, at.y);
    pointer('pointermove', at.x, at.y - step);
    pointer('pointermove', at.x, at.y - 2 * step);
    pointer('pointerup', at.x, at.y - 2 * step);
    const points = Object.values(store.getMap().emotionPoints);
    expect(points.find((p) => p.curve === 'current')?.score, 'the as-is face did not move').toBe(1);
    expect(points.find((p) => p.curve === 'target' && p.stageId === 's0002')?.score, 'the to-be point was placed').toBeGreaterThan(1);
  });
});

describe('touchpoint drop', () => {
  it('a card dropped after another lands after it, where the preview showed it', async () => {
    const cell = { laneId: TOUCHPOINTS, stageId: 's0002' };
    const added = board.nextLayout();
    const first = store.run(addTouchpoint, { ...cell, channel: 'website', label: 'First' });
    const second = store.run(addTouchpoint, { ...cell, channel: 'email', label: 'Second' });
    await added;
    const layout = board.layout();
    const boxOf = (id: string) => board.layout().touchpoints.find((t) => t.id === id)!;
    const a = boxOf(first);
    const b = boxOf(second);
    // Past the second card in reading order: to its right on its row, or below it.
    const target = b.y > a.y ? { x: b.x + b.width / 2, y: b.y + b.height + 6 } : { x: b.x + b.width - 6, y: b.y + b.height / 2 };
    const box = cellRect(layout, TOUCHPOINTS, 's0002');
    expect(box.y + box.height, 'the drop point is inside the cell').toBeGreaterThan(target.y);
    const from = centre(a);
    const to = toScreenPoint(board.controller, target.x, target.y);
    pointer('pointerdown', from.x, from.y);
    for (let i = 1; i <= 5; i++) pointer('pointermove', from.x + ((to.x - from.x) * i) / 5, from.y + ((to.y - from.y) * i) / 5);
    const preview = board.controller.dropPreview();
    expect(preview, 'a drop preview is shown').not.toBeNull();
    const relaid = board.nextLayout();
    pointer('pointerup', to.x, to.y);
    expect(touchpointsInCell(store.getMap(), cell.laneId, cell.stageId).map((t) => t.id)).toEqual([second, first]);
    await relaid;
    const landed = boxOf(first);
    expect({ x: landed.x, y: landed.y }, 'the card landed where the preview was').toEqual({ x: preview!.slot.x, y: preview!.slot.y });
  });
});

describe('a plain drag still drops', () => {
  it('a note carried to the next stage lands there', () => {
    const { noteId } = carryNoteToNextStage();
    const target = board.controller.dropPreview()!.cell;
    pointer('pointerup', 0, 0);
    expect(notesInCell(store.getMap(), target.laneId, target.stageId).map((n) => n.id)).toContain(noteId);
  });
});
