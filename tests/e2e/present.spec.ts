/**
 * Issue 13 item 1: present mode in the main window. F5 on a fixture map goes
 * full-screen (through the bridge's window port) with the editing chrome gone;
 * → walks overview, every stage, closing overview, and at each stage the
 * camera frames that stage with no note text on screen under 18 px (read
 * through the test hook, at 1280×720); digits jump, B/W blank; Esc restores
 * the camera, the selection, the open panel and the window state exactly.
 */
import type { Page } from '@playwright/test';
import { type AppDriver, expect, test } from './harness';

interface Presented {
  readonly active: boolean;
  readonly step: number;
  readonly frame: number;
  readonly kind: string | null;
  readonly stageId: string | null;
  readonly moving: boolean;
  readonly camera: { x: number; y: number; scale: number };
  readonly destination: { x: number; y: number; scale: number } | null;
  readonly smallestText: number | null;
}

const presented = (page: Page): Promise<Presented> =>
  page.evaluate(() => {
    const hooks = window.__journeyboard!;
    const state = hooks.workshop.present.get();
    return {
      active: state.active,
      step: state.step,
      frame: state.frame,
      kind: state.path[state.step]?.kind ?? null,
      stageId: hooks.presentMode.framedStageId(),
      moving: hooks.presentMode.isMoving(),
      camera: hooks.board!.getCamera(),
      destination: hooks.presentMode.destination(),
      smallestText: hooks.presentMode.smallestNoteText(),
    };
  });

/** Waits until the camera move has ended, and returns where it stopped. */
async function settled(page: Page): Promise<Presented> {
  await expect.poll(async () => (await presented(page)).moving, { timeout: 2_000 }).toBe(false);
  return presented(page);
}

/** The framed stage's column is in the middle of the screen: its centre within the body, between the strips. */
async function expectFramed(app: AppDriver, stageId: string, at: Presented): Promise<void> {
  const layout = await app.layout();
  const column = layout.columns.find((c) => c.stageId === stageId)!;
  const left = at.camera.x + column.x * at.camera.scale;
  const right = at.camera.x + (column.x + column.width) * at.camera.scale;
  expect(at.camera, 'the camera stopped where the step frames').toEqual(at.destination);
  expect((left + right) / 2).toBeGreaterThan(232);
  expect((left + right) / 2).toBeLessThan(1280);
  // Fully in view across whenever it fits.
  if (right - left <= 1280 - 232) {
    expect(left).toBeGreaterThanOrEqual(232 - 0.5);
    expect(right).toBeLessThanOrEqual(1280 + 0.5);
  }
}

test('presents every stage readable, jumps, blanks, and restores the editor on Esc', async ({ app, page, workspace, bridge }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  const map = await app.map();
  const stages = Object.values(map.stages).sort((a, b) => (a.order < b.order ? -1 : 1));

  // The editor's state to come back to: a zoom, a selected note, the touchpoint summary open.
  await page.keyboard.press('Control+=');
  const note = Object.values(map.notes)[3]!;
  const point = await app.pointIn(await app.noteBox(note.id));
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('Alt+K');
  await expect(page.locator('.side-panel')).toBeVisible();
  const before = { camera: await app.camera(), selected: await app.selectedNoteIds() };
  expect(before.selected).toEqual([note.id]);

  await page.keyboard.press('F5');
  await expect.poll(async () => (await presented(page)).active).toBe(true);
  expect(bridge.fullScreenRequests).toEqual([true]);
  for (const chrome of ['.toolbar', '.side-panel', '.status-bar', '.minimap-frame', '.minimap-toggle']) await expect(page.locator(chrome)).toHaveCount(0);
  await expect(page.getByTestId('present-hud')).toBeVisible();
  expect(await app.selectedNoteIds()).toEqual([]);
  let at = await settled(page);
  expect(at.kind).toBe('overview');

  // → through the whole path: each stage in order (with its sub-frames, if any), then the closing overview.
  const visited: string[] = [];
  for (let press = 0; press < 40 && at.kind !== 'closing'; press++) {
    await page.keyboard.press('ArrowRight');
    at = await settled(page);
    if (at.kind !== 'stage') continue;
    if (visited.at(-1) !== at.stageId) visited.push(at.stageId!);
    await expectFramed(app, at.stageId!, at);
    expect(at.smallestText, `note text on ${at.stageId} frame ${at.frame}`).not.toBeNull();
    expect(at.smallestText!).toBeGreaterThanOrEqual(18);
  }
  expect(at.kind).toBe('closing');
  expect(visited).toEqual(stages.map((s) => s.id));

  // Back, the ends, and a digit.
  await page.keyboard.press('ArrowLeft');
  expect((await settled(page)).stageId).toBe(stages.at(-1)!.id);
  await page.keyboard.press('Home');
  expect((await settled(page)).kind).toBe('overview');
  await page.keyboard.press('3');
  at = await settled(page);
  expect(at.stageId).toBe(stages[2]!.id);
  await expectFramed(app, stages[2]!.id, at);
  await page.keyboard.press('End');
  expect((await settled(page)).kind).toBe('closing');
  await page.keyboard.press('2');
  expect((await settled(page)).stageId).toBe(stages[1]!.id);

  // B and W blank the screen; the same key brings it back.
  const blank = page.getByTestId('present-blank');
  await page.keyboard.press('b');
  await expect(blank).toHaveAttribute('data-blank', 'black');
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.keyboard.press('b');
  await expect(blank).toHaveCount(0);
  await page.keyboard.press('w');
  await expect(blank).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await page.keyboard.press('w');
  await expect(blank).toHaveCount(0);

  // Keys that edit in the editor do nothing in front of the room.
  const notesBefore = Object.keys((await app.map()).notes).length;
  await page.keyboard.press('n');
  await page.keyboard.press('Delete');
  expect(Object.keys((await app.map()).notes).length).toBe(notesBefore);
  expect(await app.editing()).toBeNull();

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await presented(page)).active).toBe(false);
  await expect(page.locator('.toolbar')).toBeVisible();
  await expect(page.locator('.side-panel')).toBeVisible();
  expect(await app.camera()).toEqual(before.camera);
  expect(await app.selectedNoteIds()).toEqual(before.selected);
  expect(bridge.fullScreenRequests).toEqual([true, false]);
  // Nothing moves the camera after the exit (no move left running).
  await app.frames();
  expect(await app.camera()).toEqual(before.camera);
});

test('View ▸ Present and the toolbar button enter; a click spotlights a note, a double-click edits it', async ({ app, page, workspace, bridge }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  await bridge.sendMenuCommand('view.present');
  await expect.poll(async () => (await presented(page)).active).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await presented(page)).active).toBe(false);

  await page.locator('.toolbar [data-command="view.present"]').click();
  await expect.poll(async () => (await presented(page)).active).toBe(true);
  await page.keyboard.press('1');
  const at = await settled(page);
  const layout = await app.layout();
  const box = layout.notes.find((n) => n.stageId === at.stageId)!;
  const point = await app.pointIn(box);

  await page.mouse.click(point.x, point.y);
  const spotlight = page.getByTestId('present-spotlight');
  await expect(spotlight).toBeVisible();
  await expect(spotlight).toContainText((await app.map()).notes[box.id]!.text);
  // Esc closes the spotlight first, and only then leaves.
  await page.keyboard.press('Escape');
  await expect(spotlight).toHaveCount(0);
  expect((await presented(page)).active).toBe(true);

  await page.mouse.dblclick(point.x, point.y);
  await expect.poll(() => app.editing()).toBe('note');
  await expect(spotlight).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect.poll(() => app.editing()).toBeNull();
  expect((await presented(page)).active).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await presented(page)).active).toBe(false);
});

test('hold L for the laser; builds reveal a stage lane by lane; the projector theme stays for the next presentation', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  const state = () => page.evaluate(() => window.__journeyboard!.workshop.present.get());
  await page.keyboard.press('F5');
  await page.keyboard.press('1');
  await settled(page);

  await page.mouse.move(700, 300);
  await page.keyboard.down('l');
  await page.mouse.move(720, 320);
  const camera = await app.camera();
  const laser = (await state()).laser!;
  expect(laser.x * camera.scale + camera.x).toBeCloseTo(720, 0);
  expect(laser.y * camera.scale + camera.y).toBeCloseTo(320, 0);
  await expect(page.getByTestId('present-input')).toHaveClass(/laser/);
  await page.keyboard.up('l');
  expect((await state()).laser).toBeNull();

  await page.getByRole('checkbox', { name: 'Lane by lane' }).check();
  const stage = (await state()).step;
  expect((await state()).revealedLanes).toBe(1);
  await page.keyboard.press('ArrowRight');
  expect(await state()).toMatchObject({ step: stage, revealedLanes: 2 });

  await page.getByTestId('present-theme').click();
  expect((await state()).theme).toBe('dark');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await state()).active).toBe(false);
  // The editor is light again; the next presentation is dark.
  await page.keyboard.press('F5');
  expect(await state()).toMatchObject({ active: true, theme: 'dark', builds: true });
  await page.keyboard.press('Escape');
});
