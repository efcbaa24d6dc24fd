/**
 * Issue 13 item 2: the presenter view on a second display. The audience
 * window is a second page of the browser, opened, fed and closed by the real
 * presentation controller and relay (bridge.ts) as the test plugs and unplugs
 * a display; everything the audience page shows came through the relay.
 */
import type { Page, TestInfo } from '@playwright/test';
import { join } from 'node:path';
import { Bridge, LAPTOP_DISPLAY, PROJECTOR_DISPLAY } from './bridge';
import { AppDriver, expect, mapOnDisk, SCREENS, test } from './harness';

/** A screenshot of the audience page next to the presenter's, under test-results/screens/. */
async function audienceShot(audience: Page, name: string, testInfo: TestInfo): Promise<void> {
  await audience.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  const path = join(SCREENS, name);
  await audience.screenshot({ path, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The stage the presenter window frames, and the one the audience window dims the others around. */
const presenterStage = (page: Page) => page.evaluate(() => window.__journeyboard!.presentMode.framedStageId());
const audienceStage = (audience: Page) =>
  audience.evaluate(() => {
    const step = window.__journeyboardAudience?.present.get().path[0];
    return step ? step.stageId : 'nothing yet';
  });

/** Does the audience camera show the presenter's framed rectangle, fitted to the window (left of a ranked list)? */
async function audienceFrames(page: Page, audience: Page): Promise<boolean> {
  const rect = await page.evaluate(() => {
    const { path, step, frame } = window.__journeyboard!.workshop.present.get();
    return path[step]?.frames[frame] ?? null;
  });
  return audience.evaluate((r) => {
    const board = window.__journeyboardAudience?.board;
    if (!board || !r) return false;
    const camera = board.getCamera();
    const body = board.bodyRect();
    const left = r.x * camera.scale + camera.x;
    const right = (r.x + r.width) * camera.scale + camera.x;
    const top = r.y * camera.scale + camera.y;
    const bottom = (r.y + r.height) * camera.scale + camera.y;
    // A vote's ranked list covers the right of the window: the frame stays clear of it.
    const panel = document.querySelector('.voting-panel');
    const clearRight = panel ? panel.getBoundingClientRect().left - 24 : body.x + body.width;
    const inside = left >= body.x - 1 && top >= body.y - 1 && right <= clearRight + 1 && bottom <= body.y + body.height + 1;
    // Fitted: it fills the clear part of the window in one direction (within the margins).
    const fills = right - left >= clearRight - body.x - 60 || bottom - top >= body.height - 60;
    return inside && fills;
  }, rect);
}

async function openWorkshop(app: AppDriver, workspace: { copy(name: string): Promise<string> }): Promise<string> {
  const path = await workspace.copy('workshop-40.cjm');
  await app.openWithKeyboard(path);
  return path;
}

test('with a projector the audience window follows every step, and unplugging it keeps the step on the laptop', async ({ app, page, bridge, workspace }, testInfo) => {
  await openWorkshop(app, workspace);
  bridge.setDisplays([LAPTOP_DISPLAY, PROJECTOR_DISPLAY]);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presenter-view')).toBeVisible();
  const audience = (await bridge.audience())!;
  expect(audience).not.toBeNull();
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-ready', 'true');

  // Every position of the path: each step, and each part of a stage too tall to read at once.
  const positions = await page.evaluate(() => window.__journeyboard!.workshop.present.get().path.reduce((sum, step) => sum + step.frames.length, 0));
  const position = () => page.evaluate(() => window.__journeyboard!.workshop.present.get()).then(({ step, frame }) => `${step}.${frame}`);
  const seen: (string | null)[] = [];
  for (let n = 0; n < positions; n++) {
    if (n > 0) {
      const before = await position();
      await page.keyboard.press('ArrowRight');
      await expect.poll(position).not.toBe(before);
    }
    const stageId = await presenterStage(page);
    seen.push(stageId);
    await expect.poll(() => audienceStage(audience), `position ${n}`).toBe(stageId);
    await expect.poll(() => audienceFrames(page, audience), `position ${n} framed on the audience window`).toBe(true);
  }
  const stageIds = Object.keys((await app.map()).stages);
  expect([...new Set(seen.filter((s) => s !== null))].sort()).toEqual([...stageIds].sort());
  expect(seen[0]).toBeNull();
  expect(seen.at(-1)).toBeNull();

  // Back to stage 2; its name and the next one's show on the laptop.
  await page.keyboard.press('2');
  const map = await app.map();
  const stage2 = await presenterStage(page);
  await expect(page.getByTestId('presenter-current')).toContainText(map.stages[stage2!]!.name);
  await expect.poll(() => audienceStage(audience)).toBe(stage2);

  // Private notes typed in the presenter view are saved in the map and never reach the audience window.
  const notes = page.getByTestId('presenter-notes').getByRole('textbox');
  await notes.fill('Ask who compared prices in a shop');
  await notes.press('Enter');
  await expect.poll(async () => Object.values((await app.map()).presenterNotes).map((n) => n.text)).toEqual(['Ask who compared prices in a shop']);
  await page.keyboard.press('Escape');
  await page.getByTestId('presenter-view').click({ position: { x: 5, y: 5 } });
  await expect.poll(() => audience.evaluate(() => JSON.stringify(window.__journeyboardAudience!.store.getMap().presenterNotes))).toBe('{}');
  await expect.poll(() => audience.evaluate(() => Object.keys(window.__journeyboardAudience!.store.getMap().notes).length)).toBe(Object.keys(map.notes).length);

  // The room's screen blanks; the presenter still sees the presenter view.
  await page.keyboard.press('b');
  await expect(audience.getByTestId('audience-blank')).toBeVisible();
  await expect(page.getByTestId('presenter-view')).toBeVisible();
  await expect(page.getByTestId('presenter-thumbnail-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(audience.getByTestId('audience-blank')).toBeHidden();

  await page.keyboard.press('ArrowRight');
  const stage3 = await presenterStage(page);
  await expect.poll(() => audienceStage(audience)).toBe(stage3);
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('presenter-view.png', testInfo) });
  await audienceShot(audience, 'audience.png', testInfo);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => audienceFrames(page, audience)).toBe(true);
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('presenter-view-1080p.png', testInfo) });
  await audienceShot(audience, 'audience-1080p.png', testInfo);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Unplugged: the audience window goes, the laptop shows the room's view at the same step, P gives the overlay.
  bridge.setDisplays([LAPTOP_DISPLAY]);
  await expect(page.getByTestId('presenter-view')).toBeHidden();
  await expect.poll(() => audience.isClosed()).toBe(true);
  expect(await presenterStage(page)).toBe(stage3);
  expect(await page.evaluate(() => window.__journeyboard!.workshop.present.get().active)).toBe(true);
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-overlay')).toBeVisible();
  await page.keyboard.press('p');

  // Plugged back in: a new audience window opens at the same step.
  bridge.setDisplays([LAPTOP_DISPLAY, PROJECTOR_DISPLAY]);
  await expect(page.getByTestId('presenter-view')).toBeVisible();
  const again = (await bridge.audience())!;
  await expect.poll(() => audienceStage(again)).toBe(stage3);

  // Esc leaves present mode and closes the audience window.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter-view')).toBeHidden();
  await expect.poll(() => again.isClosed()).toBe(true);
});

test('with one display P toggles the presenter overlay, and private notes survive save and reopen', async ({ app, page, bridge, workspace }, testInfo) => {
  const path = await openWorkshop(app, workspace);
  await page.keyboard.press('F5');
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.workshop.present.get().active)).toBe(true);
  expect(await bridge.audience()).toBeNull();
  await expect(page.getByTestId('presenter-overlay')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('p');
  const overlay = page.getByTestId('presenter-overlay');
  await expect(overlay).toBeVisible();
  const map = await app.map();
  const stageId = (await presenterStage(page))!;
  await expect(page.getByTestId('presenter-current')).toContainText(map.stages[stageId]!.name);

  const notes = overlay.getByRole('textbox');
  await notes.click();
  await page.keyboard.type('Warm-up: who shopped online this week?');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Then the 5-minute exercise.');
  await page.keyboard.press('Enter');
  await expect.poll(async () => Object.values((await app.map()).presenterNotes)).toEqual([
    expect.objectContaining({ stageId, text: 'Warm-up: who shopped online this week?\nThen the 5-minute exercise.' }),
  ]);
  // P typed into the notes is text, not the overlay key.
  await expect(overlay).toBeVisible();
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('presenter-overlay.png', testInfo) });
  await page.setViewportSize({ width: 1920, height: 1080 });
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('presenter-overlay-1080p.png', testInfo) });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Esc leaves the field, P hides the overlay, Esc leaves present mode; undo takes the notes back, redo restores them.
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await expect(overlay).toBeHidden();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.workshop.present.get().active)).toBe(false);
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => Object.keys((await app.map()).presenterNotes).length).toBe(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => Object.keys((await app.map()).presenterNotes).length).toBe(1);

  await app.saveWithKeyboard();
  const onDisk = await mapOnDisk(path);
  expect(Object.values(onDisk.presenterNotes).map((n) => [n.stageId, n.text])).toEqual([[stageId, 'Warm-up: who shopped online this week?\nThen the 5-minute exercise.']]);

  // Reopened in a fresh window, the notes are there when presenting that stage again.
  const fresh = await page.context().newPage();
  const freshBridge = await Bridge.install(fresh, workspace.folder);
  const freshApp = new AppDriver(fresh, freshBridge);
  await freshApp.start();
  await freshApp.openWithKeyboard(path);
  await fresh.keyboard.press('F5');
  await fresh.keyboard.press('ArrowRight');
  await fresh.keyboard.press('p');
  await expect(fresh.getByTestId('presenter-overlay').getByRole('textbox')).toHaveValue('Warm-up: who shopped online this week?\nThen the 5-minute exercise.');
  await fresh.close();
});

test('a revealed vote reaches the room: the ranked list and the dots on the audience window', async ({ app, page, bridge, workspace }, testInfo) => {
  // full.cjm holds a revealed round on the pains.
  const path = await workspace.copy('full.cjm');
  await app.openWithKeyboard(path);
  await page.keyboard.press('Alt+Shift+R');
  const ranking = page.getByTestId('voting-panel').getByTestId('vote-ranking');
  await expect(ranking).toBeVisible();
  const rows = await ranking.locator('li').allInnerTexts();
  bridge.setDisplays([LAPTOP_DISPLAY, PROJECTOR_DISPLAY]);
  await page.keyboard.press('F5');
  const audience = (await bridge.audience())!;
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-ready', 'true');
  const roomRanking = audience.getByTestId('voting-panel').getByTestId('vote-ranking');
  await expect(roomRanking).toBeVisible();
  expect(await roomRanking.locator('li').allInnerTexts()).toEqual(rows);
  // The room sees the results, not the facilitator's controls.
  await expect(audience.getByTestId('voting-panel').getByRole('button')).toHaveCount(0);
  await expect(audience.getByTestId('vote-top-n')).toHaveCount(0);
  await page.keyboard.press('2');
  const stage = await presenterStage(page);
  await expect.poll(() => audienceStage(audience)).toBe(stage);
  await expect.poll(() => audienceFrames(page, audience)).toBe(true);
  await audienceShot(audience, 'audience-vote.png', testInfo);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => audienceFrames(page, audience)).toBe(true);
  await audienceShot(audience, 'audience-vote-1080p.png', testInfo);
  // Closing the panel on the laptop takes it off the projector too.
  await bridge.sendMenuCommand('workshop.voteResults');
  await expect(roomRanking).toBeHidden();
  await page.keyboard.press('Escape');
  await expect.poll(() => audience.isClosed()).toBe(true);
});
