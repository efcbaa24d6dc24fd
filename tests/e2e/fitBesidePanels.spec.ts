/**
 * Fit frames the map in the part of the board a facilitator can see: an open
 * side panel or the voting panel covers the board's right side, and the
 * fitted map must end left of it, not under it.
 */
import type { Locator } from '@playwright/test';
import { expect, test, text } from './harness';
import type { AppDriver } from './harness';

async function mapRightEdgeOnPage(app: AppDriver): Promise<number> {
  const layout = await app.layout();
  return (await app.toPage(layout.width, 0)).x;
}

async function expectFitLeftOf(app: AppDriver, cover: Locator): Promise<void> {
  await app.page.locator('[data-command="view.fit"]').click();
  await app.frames();
  const box = (await cover.boundingBox())!;
  expect(await mapRightEdgeOnPage(app)).toBeLessThanOrEqual(box.x);
}

test('Fit during a dot vote frames the map left of the voting panel', async ({ app, page, workspace }, testInfo) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  await page.keyboard.press('Alt+Shift+V');
  const setup = page.getByTestId('vote-setup');
  await setup.getByRole('button', { name: text('vote.start') }).click();
  await expect(setup).toBeHidden();
  const panel = page.getByTestId('voting-panel');
  await expect(panel).toBeVisible();
  await expectFitLeftOf(app, panel);
  await app.screenshot('fit-beside-voting-panel.png', testInfo);
});

test('Fit with a persona panel open frames the map left of the panel; closed, it uses the whole board again', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  await page.getByRole('button', { name: text('toolbar.addPersona'), exact: true }).click();
  const panel = page.getByTestId('panel-persona');
  await expect(panel).toBeVisible();
  await expectFitLeftOf(app, panel);
  const besidePanel = await mapRightEdgeOnPage(app);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.locator('[data-command="view.fit"]').click();
  await app.frames();
  expect(await mapRightEdgeOnPage(app)).toBeGreaterThan(besidePanel);
});

test('Fit with the timer shown frames the map left of it', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  await page.keyboard.press('Alt+Shift+T');
  const timer = page.getByTestId('timer');
  await expect(timer).toBeVisible();
  await expectFitLeftOf(app, timer);
});
