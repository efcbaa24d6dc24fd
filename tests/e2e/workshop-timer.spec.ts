/**
 * Issue 13 item 3: a 1-minute timer runs to zero against a faked clock. The
 * timer reads an injected clock (`workshop.timer.useClock`), so the test moves time
 * by hand: 31 s in, the display reads 0:29 and is highlighted; at 60 s it reads
 * 0:00, flashes and plays the chime once; muted, it stays silent.
 */
import { expect, test, text } from './harness';

test('a 1-minute timer runs to zero on a faked clock', async ({ app, page, bridge }, testInfo) => {
  // Counts the chime's plays; the real play() still runs.
  await page.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    (window as unknown as { chimes: number }).chimes = 0;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      (window as unknown as { chimes: number }).chimes++;
      return play.call(this);
    };
  });
  await app.start();
  await page.evaluate(() => {
    const fake = { ms: 1_000, now: () => fake.ms };
    (window as unknown as { fakeClock: typeof fake }).fakeClock = fake;
    window.__journeyboard!.workshop.timer.useClock(fake);
  });
  const at = (ms: number) => page.evaluate((value) => ((window as unknown as { fakeClock: { ms: number } }).fakeClock.ms = 1_000 + value), ms);
  const chimes = () => page.evaluate(() => (window as unknown as { chimes: number }).chimes);

  const timer = page.getByTestId('timer');
  const display = page.getByTestId('timer-display');
  await expect(timer).toBeHidden();
  await page.keyboard.press('Alt+Shift+T');
  await expect(timer).toBeVisible();
  await timer.getByRole('button', { name: text('timer.minutes_one', { count: 1 }), exact: true }).click();
  await expect(display).toHaveText('1:00');
  // The start button has the focus, so the keyboard starts it.
  await timer.getByRole('button', { name: text('timer.start'), exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(timer).toHaveAttribute('data-phase', 'running');

  await at(31_000);
  await expect(display).toHaveText('0:29');
  await expect(timer).toHaveClass(/warning/);
  const size = await display.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size, 'digits readable from the back of the room').toBeGreaterThanOrEqual(72);
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('timer-0-29.png', testInfo) });
  await page.setViewportSize({ width: 1920, height: 1080 });
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('timer-0-29-1080p.png', testInfo) });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Paused time does not count.
  await timer.getByRole('button', { name: text('timer.pause') }).click();
  await at(500_000);
  await expect(display).toHaveText('0:29');
  await timer.getByRole('button', { name: text('timer.resume') }).click();
  expect(await chimes()).toBe(0);
  await at(500_000 + 29_000);
  await expect(display).toHaveText('0:00');
  await expect(timer).toHaveAttribute('data-phase', 'finished');
  await expect.poll(chimes).toBe(1);
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('timer-zero.png', testInfo) });

  // Muted, the next run ends in silence.
  await timer.getByRole('button', { name: text('timer.mute'), exact: true }).click();
  await timer.getByRole('button', { name: text('timer.start'), exact: true }).click();
  await expect(display).toHaveText('1:00');
  await at(700_000);
  await expect(timer).toHaveAttribute('data-phase', 'finished');
  expect(await chimes()).toBe(1);

  // The menu hides it.
  await bridge.sendMenuCommand('workshop.timer');
  await expect(timer).toBeHidden();
});
