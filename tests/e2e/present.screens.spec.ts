/**
 * Issue 13's present-mode screenshots, at 1280×720 and 1920×1080, under
 * test-results/screens/: the overview, a framed stage in the light and the
 * dark projector theme, and the timer at 0:29 while presenting (a faked
 * clock, as in workshop-timer.spec.ts). A revealed vote with its ranked list
 * is shot by workshop-vote.spec.ts.
 */
import type { Page } from '@playwright/test';
import { type AppDriver, expect, test } from './harness';

const SIZES = [
  { suffix: '', width: 1280, height: 720 },
  { suffix: '-1080p', width: 1920, height: 1080 },
] as const;

async function settle(app: AppDriver): Promise<void> {
  await expect.poll(() => app.page.evaluate(() => window.__journeyboard!.presentMode.isMoving())).toBe(false);
  await app.frames();
}

async function present(app: AppDriver, page: Page): Promise<void> {
  await page.keyboard.press('F5');
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.workshop.present.get().active)).toBe(true);
  await settle(app);
}

for (const size of SIZES) {
  test(`present mode at ${size.width}×${size.height}`, async ({ app, page, workspace }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
    await present(app, page);
    await app.screenshot(`present-overview${size.suffix}.png`, testInfo);

    await page.keyboard.press('2');
    await settle(app);
    await app.screenshot(`present-stage-light${size.suffix}.png`, testInfo);

    // The control bar shows while the mouse moves, then leaves the room the map alone.
    const hud = page.getByTestId('present-hud');
    await page.getByTestId('present-theme').click();
    await page.mouse.move(size.width / 2, size.height / 3);
    await expect(hud).toHaveCSS('opacity', '1');
    await app.screenshot(`present-stage-dark-controls${size.suffix}.png`, testInfo);
    await expect(hud).toHaveCSS('opacity', '0', { timeout: 6_000 });
    await app.screenshot(`present-stage-dark${size.suffix}.png`, testInfo);
    await page.getByTestId('present-theme').click();
    await page.mouse.move(size.width / 2, size.height / 3);
    await expect(hud).toHaveCSS('opacity', '0', { timeout: 6_000 });

    // A build half way, and a note in the spotlight.
    await page.getByRole('checkbox', { name: 'Lane by lane' }).check();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.mouse.move(size.width / 2, size.height / 3);
    await expect(hud).toHaveCSS('opacity', '0', { timeout: 6_000 });
    await app.screenshot(`present-build${size.suffix}.png`, testInfo);
    await page.getByRole('checkbox', { name: 'Lane by lane' }).uncheck();
    const stageId = await page.evaluate(() => window.__journeyboard!.presentMode.framedStageId());
    const note = (await app.layout()).notes.find((n) => n.stageId === stageId)!;
    const at = await app.pointIn(note);
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('present-spotlight')).toBeVisible();
    await expect(hud).toHaveCSS('opacity', '0', { timeout: 6_000 });
    await app.screenshot(`present-spotlight${size.suffix}.png`, testInfo);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('present-spotlight')).toHaveCount(0);

    // The timer at 0:29 while presenting, on a clock the test moves.
    await page.evaluate(() => {
      const fake = { ms: 1_000, now: () => fake.ms };
      (window as unknown as { fakeClock: typeof fake }).fakeClock = fake;
      const timer = window.__journeyboard!.workshop.timer;
      timer.useClock(fake);
      timer.setMinutes(1);
      timer.start();
      fake.ms = 1_000 + 31_000;
    });
    await expect(page.getByTestId('timer-display')).toHaveText('0:29');
    await expect(page.getByTestId('timer')).toHaveClass(/warning/);
    await expect(hud).toHaveCSS('opacity', '0', { timeout: 6_000 });
    await app.screenshot(`present-timer-0-29${size.suffix}.png`, testInfo);
  });
}
