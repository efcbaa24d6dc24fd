/**
 * Enter for the next note: the editor for the next note opens in the cell's
 * next free slot, not on top of the note that Enter just saved. The editor's
 * place comes from the layout after the save (the live layout store), not from
 * the layout the board had before it.
 */
import { expect, test } from './harness';

// workshop-40.cjm: Anna's pains lane l0005 is empty at the decision stage s0003.
const CELL = { laneId: 'l0005', stageId: 's0003' } as const;

test('after Enter saves a note, the next note opens beside it, not over it', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  await page.keyboard.press('Control+0');
  const cell = await app.cell(CELL.laneId, CELL.stageId);
  expect(cell.noteIds).toEqual([]);
  await app.panToShow(cell);
  const point = await app.pointIn(cell, 0.7, 0.6);
  await app.expectOnBoard(point);
  await page.mouse.dblclick(point.x, point.y);

  const editor = page.getByTestId('note-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Delivery date unclear');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.cell(CELL.laneId, CELL.stageId)).noteIds.length).toBe(1);
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('');

  const saved = await app.noteBox((await app.cell(CELL.laneId, CELL.stageId)).noteIds[0]!);
  const topLeft = await app.toPage(saved.x, saved.y);
  const bottomRight = await app.toPage(saved.x + saved.width, saved.y + saved.height);
  const box = (await editor.boundingBox())!;
  const overlapX = Math.min(box.x + box.width, bottomRight.x) - Math.max(box.x, topLeft.x);
  const overlapY = Math.min(box.y + box.height, bottomRight.y) - Math.max(box.y, topLeft.y);
  expect(overlapX > 1 && overlapY > 1, `editor ${JSON.stringify(box)} covers the saved note ${JSON.stringify({ topLeft, bottomRight })}`).toBe(false);
  await page.keyboard.press('Escape');
});
