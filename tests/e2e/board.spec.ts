/**
 * Issue 3, the board, driven with the real mouse and keyboard: creating and
 * editing notes, dragging notes and stages, multi-select and delete, undo and
 * redo, and a save that reopens as exactly the board that was on screen.
 *
 * Coordinates come from the board's own layout (world units) through its
 * camera; every point is checked to land on the board canvas before it is used.
 */
import type { Page } from '@playwright/test';
import { MENU_ACCELERATORS } from '../../electron/ipc-contract';
import type { JourneyMap } from '../../renderer/model/types';
import { type AppDriver, catalogKeys, expect, mapOnDisk, type Point, test, text } from './harness';

// workshop-40.cjm: stages s0001…s0005 (Awareness … Post-purchase); Anna's lanes
// l0001 actions, l0002 thoughts, l0005 pains, l0006 opportunities; Marek's l0007…l0012.
const S = { awareness: 's0001', consideration: 's0002', decision: 's0003', purchase: 's0004' } as const;
const ANNA = { actions: 'l0001', thoughts: 'l0002', pains: 'l0005', opportunities: 'l0006' } as const;
const MAREK = { pains: 'l0011' } as const;

type Cell = { readonly laneId: string; readonly stageId: string };

/** The notes of one cell, in the order the board shows them. */
async function textsInCell(app: AppDriver, cell: Cell): Promise<string[]> {
  const [box, map] = await Promise.all([app.cell(cell.laneId, cell.stageId), app.map()]);
  return box.noteIds.map((id) => map.notes[id]?.text ?? `<missing ${id}>`);
}

function noteWithText(map: JourneyMap, noteText: string) {
  const notes = Object.values(map.notes).filter((n) => n.text === noteText);
  expect(notes, `exactly one note reads "${noteText}"`).toHaveLength(1);
  return notes[0]!;
}

/** Stage names left to right, as the board lays them out. */
async function stageOrder(app: AppDriver): Promise<string[]> {
  return (await app.layout()).columns.map((c) => c.name);
}

/** Where each note is and what it says, for comparing two boards. */
function boardContent(map: JourneyMap) {
  return Object.values(map.notes)
    .map((n) => ({ id: n.id, text: n.text, laneId: n.laneId, stageId: n.stageId, color: n.color }))
    .sort((a, b) => a.id.localeCompare(b.id));
}


/** Presses, moves in several steps and releases: a real drag, not a jump. */
async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 3, { steps: 2 });
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

async function typeInEditor(page: Page, value: string): Promise<void> {
  const editor = page.getByTestId('note-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type(value);
  await expect(editor).toHaveValue(value);
}

/** A point on the board canvas inside a cell or note, checked to be clickable there. */
async function pointOn(app: AppDriver, rect: { x: number; y: number; width: number; height: number }, fx = 0.5, fy = 0.5): Promise<Point> {
  const point = await app.pointIn(rect, fx, fy);
  await app.expectOnBoard(point);
  return point;
}

test('notes are created by double-click, by Enter on a selected cell and by Enter for the next one; double-click edits; Esc cancels', async ({
  app,
  page,
  workspace,
}) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  const before = Object.keys((await app.map()).notes).length;
  await page.keyboard.press('Control+0');
  // Actual size is 1 up to float rounding: resetZoom multiplies by 1/scale (0.9999999999999999 is seen).
  await expect.poll(async () => Math.abs((await app.camera()).scale - 1)).toBeLessThan(1e-9);
  await expect(page.getByTestId('zoom')).toHaveText('100%');

  // 1. Double-click an empty cell, type, Enter: saved, and the next note starts in the same cell.
  const painsDecision = { laneId: ANNA.pains, stageId: S.decision };
  expect(await textsInCell(app, painsDecision)).toEqual([]);
  await app.panToShow(await app.cell(painsDecision.laneId, painsDecision.stageId));
  await page.mouse.dblclick(...xy(await pointOn(app, await app.cell(painsDecision.laneId, painsDecision.stageId), 0.7, 0.6)));
  await typeInEditor(page, 'Delivery date unclear');
  await page.keyboard.press('Enter');
  await expect.poll(() => textsInCell(app, painsDecision)).toEqual(['Delivery date unclear']);
  const editor = page.getByTestId('note-editor');
  await expect(editor).toBeVisible();
  await typeInEditor(page, 'Asks about it in the chat');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  expect(await textsInCell(app, painsDecision)).toEqual(['Delivery date unclear', 'Asks about it in the chat']);

  // 2. Click an empty cell to select it, press Enter, type.
  const oppsDecision = { laneId: ANNA.opportunities, stageId: S.decision };
  await app.panToShow(await app.cell(oppsDecision.laneId, oppsDecision.stageId));
  await page.mouse.click(...xy(await pointOn(app, await app.cell(oppsDecision.laneId, oppsDecision.stageId), 0.6, 0.5)));
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.ui.get().selectedCell)).toEqual(oppsDecision);
  await page.keyboard.press('Enter');
  await typeInEditor(page, 'Show the delivery date early');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  expect(await textsInCell(app, oppsDecision)).toEqual(['Show the delivery date early']);

  // 3. Double-click another empty cell in another stage.
  const thoughtsPurchase = { laneId: ANNA.thoughts, stageId: S.purchase };
  expect(await textsInCell(app, thoughtsPurchase)).toEqual([]);
  await app.panToShow(await app.cell(thoughtsPurchase.laneId, thoughtsPurchase.stageId));
  await page.mouse.dblclick(...xy(await pointOn(app, await app.cell(thoughtsPurchase.laneId, thoughtsPurchase.stageId), 0.5, 0.5)));
  await typeInEditor(page, 'Is paying online safe?');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  expect(await textsInCell(app, thoughtsPurchase)).toEqual(['Is paying online safe?']);
  expect(Object.keys((await app.map()).notes)).toHaveLength(before + 4);
  await expect(page.getByTestId('status-bar')).toContainText(`${before + 4} notes`);

  // Double-click a note, replace its text, Ctrl+Enter.
  const question = noteWithText(await app.map(), 'Is paying online safe?');
  await page.mouse.dblclick(...xy(await pointOn(app, await app.noteBox(question.id))));
  await expect(editor).toHaveValue('Is paying online safe?');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Is paying by card safe?');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  const edited = (await app.map()).notes[question.id]!;
  expect(edited.text).toBe('Is paying by card safe?');
  expect({ laneId: edited.laneId, stageId: edited.stageId }).toEqual(thoughtsPurchase);
  expect(Object.keys((await app.map()).notes)).toHaveLength(before + 4);

  // Esc while editing throws the typing away.
  const idea = noteWithText(await app.map(), 'Show the delivery date early');
  await app.panToShow(await app.cell(oppsDecision.laneId, oppsDecision.stageId));
  const mapBeforeEsc = await app.map();
  await page.mouse.dblclick(...xy(await pointOn(app, await app.noteBox(idea.id))));
  await expect(editor).toHaveValue('Show the delivery date early');
  await page.keyboard.type(' – NOT THIS');
  await expect(editor).toHaveValue('Show the delivery date early – NOT THIS');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  expect((await app.map()).notes[idea.id]!.text).toBe('Show the delivery date early');
  expect(await app.map()).toEqual(mapBeforeEsc);
});

test('dragging a note to another stage and another persona moves it; one Ctrl+Z undoes the whole drag, Ctrl+Shift+Z redoes it', async ({
  app,
  page,
  workspace,
}) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  await page.keyboard.press('Shift+1');
  await app.frames();
  const original = await app.map();
  const note = original.notes.n0001!;
  expect({ laneId: note.laneId, stageId: note.stageId }).toEqual({ laneId: ANNA.actions, stageId: S.awareness });
  const sourceBefore = await textsInCell(app, { laneId: ANNA.actions, stageId: S.awareness });
  const target = { laneId: MAREK.pains, stageId: S.decision };
  const targetBefore = await textsInCell(app, target);
  expect(original.lanes[target.laneId]!.personaId).not.toBe(original.lanes[note.laneId]!.personaId);

  const from = await pointOn(app, await app.noteBox('n0001'));
  const to = await pointOn(app, await app.cell(target.laneId, target.stageId), 0.85, 0.5);
  await drag(page, from, to);

  await expect.poll(async () => {
    const moved = (await app.map()).notes.n0001!;
    return { laneId: moved.laneId, stageId: moved.stageId };
  }).toEqual(target);
  expect(await textsInCell(app, target)).toEqual([...targetBefore, note.text]);
  expect(await textsInCell(app, { laneId: ANNA.actions, stageId: S.awareness })).toEqual(sourceBefore.filter((t) => t !== note.text));
  // It is drawn inside the target cell.
  const box = await app.noteBox('n0001');
  const cell = await app.cell(target.laneId, target.stageId);
  expect(box.x).toBeGreaterThanOrEqual(cell.x);
  expect(box.x + box.width).toBeLessThanOrEqual(cell.x + cell.width);
  expect(box.y).toBeGreaterThanOrEqual(cell.y);
  expect(box.y + box.height).toBeLessThanOrEqual(cell.y + cell.height);
  const moved = await app.map();

  await page.keyboard.press('Control+Z');
  await expect.poll(() => app.map()).toEqual(original);
  expect(await textsInCell(app, { laneId: ANNA.actions, stageId: S.awareness })).toEqual(sourceBefore);

  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => app.map()).toEqual(moved);
});

test('click and shift-click select two notes; Delete removes both; one Ctrl+Z brings both back', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  await page.keyboard.press('Shift+1');
  await app.frames();
  const original = await app.map();
  const first = 'n0003';
  const second = (await app.layout()).notes.find((n) => n.laneId === 'l0007' && n.stageId === S.purchase)!.id;

  await page.mouse.click(...xy(await pointOn(app, await app.noteBox(first))));
  await page.keyboard.down('Shift');
  await page.mouse.click(...xy(await pointOn(app, await app.noteBox(second))));
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await app.selectedNoteIds()).sort()).toEqual([first, second].sort());
  await expect(page.getByTestId('status-bar')).toContainText(text('status.selected_other', { count: 2 }));

  await page.keyboard.press('Delete');
  await expect.poll(async () => Object.keys((await app.map()).notes).length).toBe(Object.keys(original.notes).length - 2);
  const afterDelete = await app.map();
  expect(afterDelete.notes[first]).toBeUndefined();
  expect(afterDelete.notes[second]).toBeUndefined();
  expect((await app.layout()).notes.map((n) => n.id)).not.toContain(first);

  await page.keyboard.press('Control+Z');
  await expect.poll(() => app.map()).toEqual(original);
  expect((await app.layout()).notes.map((n) => n.id)).toEqual(expect.arrayContaining([first, second]));
});

test('dragging a stage header past the next stage reorders the stages; after Ctrl+S, reopening the file shows exactly that board', async ({
  app,
  page,
  workspace,
}) => {
  const path = await workspace.copy('workshop-40.cjm');
  await app.openWithKeyboard(path);
  await page.keyboard.press('Shift+1');
  await app.frames();
  expect(await stageOrder(app)).toEqual(['Awareness', 'Consideration', 'Decision', 'Purchase', 'Post-purchase']);

  // Grab "Awareness" in the top strip and drop it past the middle of "Consideration".
  const layout = await app.layout();
  const next = layout.columns[1]!;
  const from = await app.stageHeader(S.awareness);
  const board = (await page.getByTestId('board').boundingBox())!;
  const camera = await app.camera();
  const to = { x: board.x + camera.x + (next.x + next.width * 0.75) * camera.scale, y: from.y };
  await drag(page, from, to);
  await expect.poll(() => stageOrder(app)).toEqual(['Consideration', 'Awareness', 'Decision', 'Purchase', 'Post-purchase']);

  // One more change of another kind, so the saved board differs in notes too.
  await drag(page, await pointOn(app, await app.noteBox('n0003')), await pointOn(app, await app.cell(MAREK.pains, S.purchase), 0.9, 0.8));
  await expect.poll(async () => (await app.map()).notes.n0003!.laneId).toBe(MAREK.pains);

  const shown = await app.map();
  const shownStages = await stageOrder(app);
  const shownCells = (await app.layout()).cells.map((c) => ({ cell: `${c.laneId}|${c.stageId}`, notes: c.noteIds }));
  await app.saveWithKeyboard();

  await app.openWithKeyboard(path);
  expect(await stageOrder(app)).toEqual(shownStages);
  expect(boardContent(await app.map())).toEqual(boardContent(shown));
  expect((await app.layout()).cells.map((c) => ({ cell: `${c.laneId}|${c.stageId}`, notes: c.noteIds }))).toEqual(shownCells);
  expect(await app.map()).toEqual(shown);
  expect(await mapOnDisk(path)).toEqual(shown);
});

test('? opens the shortcuts overlay listing every shortcut; Esc closes it', async ({ app, page }) => {
  const overlay = page.getByTestId('shortcuts');
  await expect(overlay).toBeHidden();
  await page.keyboard.press('Shift+Slash');
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole('heading', { level: 2 })).toHaveText(text('shortcuts.title'));
  const rows = overlay.locator('.shortcut-row');
  // One row per menu accelerator, plus the board's own keys (the catalog's shortcuts.board).
  await expect(rows).toHaveCount(Object.keys(MENU_ACCELERATORS).length + catalogKeys('shortcuts.board').length);
  for (const [command, shortcut] of [
    ['file.open', 'Ctrl+O'],
    ['file.save', 'Ctrl+S'],
    ['edit.undo', 'Ctrl+Z'],
    ['edit.redo', 'Ctrl+Shift+Z'],
    ['board.newNote', 'N'],
    ['view.fit', 'Shift+1'],
    ['help.shortcuts', '?'],
  ] as const) {
    await expect(rows.filter({ hasText: text(`command.${command}`) }).first().locator('kbd')).toHaveText(shortcut);
  }
  await expect(rows.filter({ hasText: text('shortcuts.board.ctrlEnter') }).locator('kbd')).toHaveText('Ctrl+Enter');

  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
});

const xy = (p: Point): [number, number] => [p.x, p.y];
