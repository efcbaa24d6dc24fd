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
