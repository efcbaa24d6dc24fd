/**
 * After a dialog closed with a click on its button, the board has the focus
 * again and typing starts a note at once. (Chromium gave the focus back to the
 * board's type-ahead field but left the text caret in the closed dialog, so the
 * first keys a facilitator typed after "OK" went nowhere.)
 */
import { expect, test, text } from './harness';

test('after clicking OK on an open error, typing on the board starts a note', async ({ app, page, workspace }) => {
  app.bridge.nextOpenPath = await workspace.write('broken.cjm', '{');
  await page.keyboard.press('Control+O');
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: text('dialog.ok') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('board-keys')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Right after the dialog');
  await expect(page.getByTestId('note-editor')).toHaveValue('Right after the dialog');
});

test('zoomed all the way out (a huge wall at Fit), typing on the board still starts a note', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  for (let i = 0; i < 40 && (await app.camera()).scale > 0.0051; i++) await page.keyboard.press('Control+Minus');
  expect((await app.camera()).scale).toBeLessThan(0.0051);
  await page.getByTestId('board-keys').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Tiny');
  const editor = page.getByTestId('note-editor');
  await expect(editor).toHaveValue('Tiny');
  // The note being written is shown at a size one can read, and takes the rest of the typing.
  await page.keyboard.type(' but readable');
  await expect(editor).toHaveValue('Tiny but readable');
  await expect.poll(async () => (await editor.boundingBox())!.width).toBeGreaterThanOrEqual(120);
  await app.screenshot('typing-zoomed-out.png', test.info());
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => Object.values((await app.map()).notes).some((n) => n.text === 'Tiny but readable')).toBe(true);
});
