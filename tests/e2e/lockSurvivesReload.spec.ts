/**
 * The participant lock survives a reload of the window: a participant who
 * reloads (or a renderer that crashed and was reloaded) finds the board still
 * locked, and only the PIN unlocks it. The PIN is not kept in clear.
 */
import { expect, test, text } from './harness';
import type { AppDriver } from './harness';

async function reload(app: AppDriver): Promise<void> {
  await app.page.reload();
  await app.page.waitForFunction(() => !!window.__journeyboard?.board?.getLayout());
  await app.frames();
}

async function lockWith(app: AppDriver, pin: string): Promise<void> {
  await app.bridge.sendMenuCommand('workshop.lock');
  const dialog = app.page.getByTestId('lock-dialog');
  if (pin) await dialog.getByLabel(text('lock.pinOptional')).fill(pin);
  await dialog.getByRole('button', { name: text('lock.lock'), exact: true }).click();
  await expect(app.page.getByTestId('locked-toolbar')).toBeVisible();
}

test('a board locked with a PIN is still locked after a reload, and only the PIN unlocks it', async ({ app, page, bridge }) => {
  await lockWith(app, '2468');
  const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
  expect(stored).not.toContain('2468');

  await reload(app);
  await expect(page.getByTestId('locked-toolbar')).toBeVisible();
  // Locked for real: a stage cannot be added from the menu.
  const stages = Object.keys((await app.map()).stages).length;
  await bridge.sendMenuCommand('board.addStage');
  await expect(page.locator('.notice', { hasText: text('lock.refused') })).toBeVisible();
  expect(Object.keys((await app.map()).stages)).toHaveLength(stages);

  await bridge.sendMenuCommand('workshop.lock');
  const dialog = page.getByTestId('lock-dialog');
  await dialog.getByLabel(text('lock.pin')).fill('1111');
  await dialog.getByRole('button', { name: text('lock.unlock'), exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(text('lock.wrongPin'));
  await dialog.getByLabel(text('lock.pin')).fill('2468');
  await dialog.getByRole('button', { name: text('lock.unlock'), exact: true }).click();
  await expect(page.getByTestId('locked-toolbar')).toHaveCount(0);

  // Unlocked stays unlocked after another reload.
  await reload(app);
  await expect(page.getByRole('button', { name: text('toolbar.addStage') })).toBeVisible();
  await expect(page.getByTestId('locked-toolbar')).toHaveCount(0);
});

test('a board locked without a PIN is still locked after a reload; unlocking asks to confirm', async ({ app, page, bridge }) => {
  await lockWith(app, '');
  await reload(app);
  await expect(page.getByTestId('locked-toolbar')).toBeVisible();
  await bridge.sendMenuCommand('workshop.lock');
  const dialog = page.getByTestId('lock-dialog');
  await expect(dialog.getByLabel(text('lock.pin'))).toHaveCount(0);
  await dialog.getByRole('button', { name: text('lock.unlock'), exact: true }).click();
  await expect(page.getByTestId('locked-toolbar')).toHaveCount(0);
});
