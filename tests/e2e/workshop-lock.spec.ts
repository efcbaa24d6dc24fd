/**
 * Issue 13 item 5: under the participant lock, moving, deleting and editing
 * notes that were there before are refused by mouse, keyboard and menu; adding
 * a note and editing it still work; unlocking needs the PIN.
 */
import type { Page } from '@playwright/test';
import type { JourneyMap } from '../../renderer/model/types';
import type { Bridge } from './bridge';
import { type AppDriver, expect, type Point, test, text } from './harness';

const NOTE = 'n0013'; // Anna's pain "Shipping cost appears only at checkout", in Purchase (s0004)
const OTHER_CELL = { laneId: 'l0006', stageId: 's0002' }; // Anna's opportunities in Consideration

const notesOf = (map: JourneyMap) => JSON.stringify(Object.values(map.notes).sort((a, b) => a.id.localeCompare(b.id)));

async function notePoint(app: AppDriver, noteId: string): Promise<Point> {
  const point = await app.pointIn(await app.noteBox(noteId), 0.5, 0.5);
  await app.expectOnBoard(point);
  return point;
}

/** View ▸ Fit (a key would type into the selected cell), once the camera has got there. */
async function fitWall(app: AppDriver, bridge: Bridge): Promise<void> {
  await bridge.sendMenuCommand('view.fit');
  await expect.poll(async () => (await app.camera()).scale).toBeLessThan(0.5);
}

async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('the participant lock refuses moves, deletes and edits of existing notes by mouse, keyboard and menu', async ({ app, page, bridge, workspace }, testInfo) => {
  const path = await workspace.copy('workshop-40.cjm');
  await app.start();
  await app.openWithKeyboard(path);
  await page.keyboard.press('Shift+1');
  await app.frames();
  const before = await app.map();

  // Lock from the menu, with a PIN.
  await bridge.sendMenuCommand('workshop.lock');
  const dialog = page.getByTestId('lock-dialog');
  await dialog.getByLabel(text('lock.pinOptional')).fill('2468');
  await dialog.getByRole('button', { name: text('lock.lock'), exact: true }).click();
  await expect(page.getByTestId('locked-toolbar')).toBeVisible();
  await expect(page.getByRole('button', { name: text('toolbar.addStage') })).toHaveCount(0);
  const refused = page.locator('.notice', { hasText: text('lock.refused') });
  const unchanged = async () => expect(notesOf(await app.map())).toBe(notesOf(before));

  // Mouse: a drag to another cell, Delete from the context menu, an edit by double-click.
  const cellBox = await app.cell(OTHER_CELL.laneId, OTHER_CELL.stageId);
  await drag(page, await notePoint(app, NOTE), await app.pointIn(cellBox, 0.5, 0.5));
  await expect(refused).toBeVisible();
  await unchanged();
  const at = await notePoint(app, NOTE);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await page.getByTestId('context-menu').getByRole('menuitem', { name: text('context.delete') }).click();
  await unchanged();
  await page.mouse.dblclick(at.x, at.y);
  await expect(page.getByTestId('note-editor')).toBeFocused();
  await page.keyboard.type(' (rewritten)');
  await page.keyboard.press('Control+Enter');
  await unchanged();
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('lock-refused.png', testInfo) });

  // Keyboard: Delete, a colour, F2 and an edit, undo past the lock. The edit zoomed
  // the far-out wall to a readable size, so the note is found again.
  const near = await notePoint(app, NOTE);
  await page.mouse.click(near.x, near.y);
  expect(await app.selectedNoteIds()).toEqual([NOTE]);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Alt+4');
  await page.keyboard.press('Control+D');
  await page.keyboard.press('Control+Z');
  await unchanged();
  await page.mouse.click(near.x, near.y);
  await page.keyboard.press('F2');
  await expect(page.getByTestId('note-editor')).toBeFocused();
  await page.keyboard.type('!');
  await page.keyboard.press('Control+Enter');
  await unchanged();

  // Menu: delete, colour, arrange, a new stage, another map.
  await page.mouse.click(near.x, near.y);
  for (const command of ['edit.delete', 'board.color.red', 'board.arrangeByText', 'board.addStage', 'edit.duplicate', 'file.new'] as const) {
    await bridge.sendMenuCommand(command);
  }
  await unchanged();
  expect(Object.keys((await app.map()).stages)).toHaveLength(5);
  expect(await app.sessionPath()).toBe(path);

  // Adding a note, and editing that note, still work (on the whole wall again: the cell is off to the left).
  await fitWall(app, bridge);
  const empty = await app.pointIn(cellBox, 0.9, 0.9);
  await app.expectOnBoard(empty);
  await page.mouse.dblclick(empty.x, empty.y);
  await expect(page.getByTestId('note-editor')).toBeFocused();
  await page.keyboard.type('Delivery slots at night');
  await page.keyboard.press('Control+Enter');
  const added = Object.values((await app.map()).notes).find((n) => n.text === 'Delivery slots at night');
  expect(added).toMatchObject({ laneId: OTHER_CELL.laneId, stageId: OTHER_CELL.stageId });
  const addedAt = await notePoint(app, added!.id);
  await page.mouse.dblclick(addedAt.x, addedAt.y);
  await page.keyboard.press('End');
  await page.keyboard.type(' (urgent)');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await app.map()).notes[added!.id]?.text).toBe('Delivery slots at night (urgent)');

  // Unlocking is deliberate: the menu, then the PIN.
  await bridge.sendMenuCommand('workshop.lock');
  await dialog.getByLabel(text('lock.pin')).fill('1111');
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('lock-unlock-dialog.png', testInfo) });
  await dialog.getByRole('button', { name: text('lock.unlock'), exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(text('lock.wrongPin'));
  await expect(page.getByTestId('locked-toolbar')).toBeVisible();
  await dialog.getByLabel(text('lock.pin')).fill('2468');
  await dialog.getByRole('button', { name: text('lock.unlock'), exact: true }).click();
  await expect(page.getByTestId('locked-toolbar')).toHaveCount(0);
  // The full toolbar is back; the whole wall again, as the edit zoomed in to a readable size.
  await fitWall(app, bridge);
  const again = await notePoint(app, NOTE);
  await page.mouse.click(again.x, again.y);
  await expect.poll(() => app.selectedNoteIds()).toEqual([NOTE]);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await app.map()).notes[NOTE]).toBeUndefined();
});
