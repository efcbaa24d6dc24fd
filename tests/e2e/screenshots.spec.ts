/**
 * Issue 3 and 4 acceptance: named board screenshots for people to look at,
 * written to test-results/screens/ and attached to the report. Each test also
 * checks what the picture is meant to show: the zoom, and that "fit" really
 * frames the whole map inside the visible part of the board.
 */
import { expect, type AppDriver, test } from './harness';

const STRIP_WIDTH = 232;
const STRIP_HEIGHT = 52;

/** Fails unless the whole map lies inside the board's body (right of the lane strip, below the stage strip). */
async function expectWholeMapVisible(app: AppDriver): Promise<void> {
  const [layout, camera, board] = await Promise.all([app.layout(), app.camera(), app.page.getByTestId('board').boundingBox()]);
  if (!board) throw new Error('The board is not on screen');
  const left = camera.x;
  const top = camera.y;
  const right = camera.x + layout.width * camera.scale;
  const bottom = camera.y + layout.height * camera.scale;
  expect(left).toBeGreaterThanOrEqual(STRIP_WIDTH);
  expect(top).toBeGreaterThanOrEqual(STRIP_HEIGHT);
  expect(right).toBeLessThanOrEqual(board.width);
  expect(bottom).toBeLessThanOrEqual(board.height);
}

async function openAndFit(app: AppDriver, path: string): Promise<void> {
  await app.openWithKeyboard(path);
  await app.page.keyboard.press('Shift+1');
  await app.frames();
  await expectWholeMapVisible(app);
  await expect(app.page.getByTestId('error-dialog')).toBeHidden();
}

test('workshop-40 at 100% and at fit', async ({ app, page, workspace }, testInfo) => {
  const path = await workspace.copy('workshop-40.cjm');
  await app.openWithKeyboard(path);
  const map = await app.map();
  expect(Object.keys(map.stages)).toHaveLength(5);
  expect(Object.keys(map.personas)).toHaveLength(2);
  expect(Object.keys(map.notes)).toHaveLength(40);

  // 100 %, the top-left of the map just inside the sticky strips.
  await page.evaluate(() => window.__journeyboard!.board!.setCamera({ x: 248, y: 64, scale: 1 }));
  await expect(page.getByTestId('zoom')).toHaveText('100%');
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('board-100.png', testInfo) });

  await page.keyboard.press('Shift+1');
  await app.frames();
  await expectWholeMapVisible(app);
  expect((await app.camera()).scale).toBeLessThan(1);
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('board-fit.png', testInfo) });
});

test('full.cjm at fit: personas, emotion curves, touchpoints', async ({ app, workspace }, testInfo) => {
  await openAndFit(app, await workspace.copy('full.cjm'));
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('personas-curves.png', testInfo) });
});

test('blueprint.cjm at fit: a service blueprint', async ({ app, workspace }, testInfo) => {
  await openAndFit(app, await workspace.copy('blueprint.cjm'));
  expect((await app.map()).mapType).toBe('serviceBlueprint');
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('blueprint.png', testInfo) });
});
