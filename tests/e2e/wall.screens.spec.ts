/**
 * Issue 11 item 5 acceptance: the wall at 1280×720, at Fit, 25 % and 100 %, on
 * the 2,000-note bench map and on the two-persona workshop map, written to
 * test-results/screens/wall-*.png for people to look at from a projector's
 * distance. Each test also checks what the picture is meant to show: Fit frames
 * every note inside the visible body of the board, beside the minimap.
 */
import { BENCH_2K, generateCjmText } from '../fixtures/generateMap';
import type { TestInfo } from '@playwright/test';
import { type AppDriver, expect, test } from './harness';

/** Zoom around the middle of the body, as the status bar's buttons do. */
async function zoomTo(app: AppDriver, scale: number): Promise<void> {
  await app.page.evaluate((s) => {
    const board = window.__journeyboard!.board!;
    const camera = board.getCamera();
    board.camera.zoomBy(s / camera.scale);
  }, scale);
  await app.frames();
}

/** How many notes lie wholly inside the board's body, clear of the minimap. */
async function notesInView(app: AppDriver): Promise<{ inside: number; total: number }> {
  return app.page.evaluate(() => {
    const board = window.__journeyboard!.board!;
    const layout = board.getLayout()!;
    const camera = board.getCamera();
    const body = board.bodyRect();
    const minimap = document.querySelector('[data-testid=minimap]')?.getBoundingClientRect();
    const origin = document.querySelector('[data-testid=board]')!.getBoundingClientRect();
    const inside = layout.notes.filter((n) => {
      const left = n.x * camera.scale + camera.x;
      const top = n.y * camera.scale + camera.y;
      const right = left + n.width * camera.scale;
      const bottom = top + n.height * camera.scale;
      const inBody = left >= body.x && top >= body.y && right <= body.x + body.width && bottom <= body.y + body.height;
      const underMinimap =
        !!minimap && right + origin.left > minimap.left && left + origin.left < minimap.right && bottom + origin.top > minimap.top && top + origin.top < minimap.bottom;
      return inBody && !underMinimap;
    }).length;
    return { inside, total: layout.notes.length };
  });
}

async function shoot(app: AppDriver, path: string, prefix: string, testInfo: TestInfo): Promise<void> {
  await app.openWithKeyboard(path);
  await app.page.keyboard.press('Shift+1');
  await app.frames();
  const fit = await notesInView(app);
  expect(fit.inside, `notes inside the view at fit (${prefix})`).toBe(fit.total);
  await app.screenshot(`${prefix}-fit.png`, testInfo);
  await zoomTo(app, 0.25);
  await expect(app.page.getByTestId('zoom')).toHaveText('25%');
  await app.screenshot(`${prefix}-25.png`, testInfo);
  await zoomTo(app, 1);
  await expect(app.page.getByTestId('zoom')).toHaveText('100%');
  await app.screenshot(`${prefix}-100.png`, testInfo);
}

test('the 2,000-note wall at fit, 25 % and 100 %', async ({ app, workspace }, testInfo) => {
  const path = await workspace.write('wall-2k.cjm', generateCjmText(BENCH_2K));
  await shoot(app, path, 'wall-2k', testInfo);
});

test('the two-persona workshop at fit, 25 % and 100 %', async ({ app, workspace }, testInfo) => {
  await shoot(app, await workspace.copy('workshop-40.cjm'), 'wall-workshop', testInfo);
});

test('as-is and to-be curves at 100 %, the lane scrolled half under the stage strip', async ({ app, page, workspace }, testInfo) => {
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  const lane = await page.evaluate(() => {
    const layout = window.__journeyboard!.board!.getLayout()!;
    const found = layout.emotionLanes.find((l) => l.curves.some((c) => c.curve === 'target'))!;
    return { x: found.x, y: found.y };
  });
  // The lane's top 40 px under the sticky stage strip: the legend must stay in view below it.
  await page.evaluate(({ x, y }) => window.__journeyboard!.board!.setCamera({ x: 248 - x, y: 52 - 40 - y, scale: 1 }), lane);
  await app.frames();
  await app.screenshot('wall-curves-100.png', testInfo);
});
