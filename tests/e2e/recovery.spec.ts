/**
 * Issue 12 acceptance, crash recovery with the real services: edit an untitled
 * map and a saved one, close both pages without saving (the renderer dies),
 * start again, recover both, and find every edit made more than 2 s before.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sortedPersonas, sortedStages, lanesOf } from '../../renderer/model/queries';
import { Bridge } from './bridge';
import { AppDriver, expect, mapOnDisk, test, text } from './harness';

/** How long after an edit autosave must have kept it. */
const AT_MOST_LOST_MS = 2000;

async function newApp(page: Page, folder: string, userData: string): Promise<AppDriver> {
  const bridge = await Bridge.install(page, folder, userData);
  const app = new AppDriver(page, bridge);
  await app.start();
  return app;
}

/** Double-clicks the first persona's pains cell in the first stage and types a note. */
async function addNote(app: AppDriver, note: string): Promise<void> {
  const map = await app.map();
  const persona = sortedPersonas(map)[0]!;
  const lane = lanesOf(map, persona.id).find((l) => l.kind === 'pains')!;
  const cell = await app.cell(lane.id, sortedStages(map)[0]!.id);
  await app.panToShow(cell);
  const point = await app.pointIn(cell, 0.5, 0.5);
  await app.page.mouse.dblclick(point.x, point.y);
  await expect(app.page.getByTestId('note-editor')).toBeFocused();
  await app.page.keyboard.type(note);
  await app.page.keyboard.press('Control+Enter');
  await expect.poll(async () => Object.values((await app.map()).notes).some((n) => n.text === note)).toBe(true);
}

const noteTexts = async (app: AppDriver) => Object.values((await app.map()).notes).map((n) => n.text);

test('after a crash both an untitled and a saved map come back with every edit older than 2 s', async ({ page, workspace }, testInfo) => {
  // The app's user-data folder, shared by the windows of this test; the workspace fixture removes it.
  const userData = join(workspace.folder, 'userData');
  const savedPath = await workspace.copy('minimal.cjm');
  const savedBefore = await mapOnDisk(savedPath);
  // Two windows of one app (one user-data folder), both started before any draft exists.
  const untitled = await newApp(await page.context().newPage(), workspace.folder, userData);
  const saved = await newApp(await page.context().newPage(), workspace.folder, userData);
  await saved.openWithKeyboard(savedPath);

  await addNote(untitled, 'Nobody answers the phone');
  await addNote(untitled, 'Leaves after ten minutes');
  await addNote(saved, 'Pays by card at the door');
  await addNote(saved, 'Asks for a receipt by e-mail');
  await untitled.page.waitForTimeout(AT_MOST_LOST_MS + 100);

  // The renderer dies: no save, no close guard.
  await untitled.page.close({ runBeforeUnload: false });
  await saved.page.close({ runBeforeUnload: false });
  expect(await mapOnDisk(savedPath)).toEqual(savedBefore);

  const restarted = await newApp(page, workspace.folder, userData);
  const dialog = page.getByTestId('recovery-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('recovery-draft')).toHaveCount(2);
  await restarted.screenshot('recovery-dialog.png', testInfo);

  // 1. The saved map: recovered dirty, at its own path, with both edits; Ctrl+S writes it there.
  await page.getByTestId('recovery-draft').filter({ hasText: 'minimal.cjm' }).getByRole('button', { name: text('recovery.recover') }).click();
  await expect.poll(() => restarted.sessionPath()).toBe(savedPath);
  expect(await restarted.isDirty()).toBe(true);
  expect(await noteTexts(restarted)).toEqual(expect.arrayContaining(['Pays by card at the door', 'Asks for a receipt by e-mail']));
  await restarted.bridge.sendMenuCommand('file.save');
  await expect.poll(() => restarted.isDirty()).toBe(false);
  expect(Object.values((await mapOnDisk(savedPath)).notes).map((n) => n.text)).toContain('Asks for a receipt by e-mail');

  // 2. The untitled map, still offered: recovered dirty, untitled, with both edits.
  await expect(page.getByTestId('recovery-draft')).toHaveCount(1);
  await page.getByTestId('recovery-draft').getByRole('button', { name: text('recovery.recover') }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => restarted.sessionPath()).toBe(null);
  expect(await restarted.isDirty()).toBe(true);
  expect(await noteTexts(restarted)).toEqual(expect.arrayContaining(['Nobody answers the phone', 'Leaves after ten minutes']));
  await restarted.screenshot('recovered-untitled.png', testInfo);

  // The saved map's draft went with its save; the untitled one lives on until it is saved or discarded.
  await expect.poll(async () => (await readdir(join(userData, 'recovery'))).length).toBe(1);
  expect(restarted.bridge.invokeErrors).toEqual([]);
});

test('a change on disk shows the bar; Keep mine makes the next save ask, Reload shows theirs', async ({ app, page, workspace, bridge }) => {
  const path = await workspace.copy('minimal.cjm');
  await app.openWithKeyboard(path);
  await addNote(app, 'Our version');

  const theirs = { ...(await mapOnDisk(path)), title: 'Their version' };
  const { serializeCjm } = await import('../../renderer/model/cjmFormat');
  await workspace.write('minimal.cjm', serializeCjm({ schemaVersion: 1, map: theirs }, { name: 'Other', version: '1' }));

  const bar = page.getByTestId('disk-change-bar');
  await expect(bar).toBeVisible({ timeout: 5000 });
  await expect(bar).toContainText(text('diskChange.changed', { name: 'minimal.cjm' }));
  await app.screenshot('disk-change-bar.png', test.info());
  await bar.getByRole('button', { name: text('diskChange.keepMine') }).click();
  await expect(bar).toBeHidden();

  bridge.nextConflictAnswer = 'cancel';
  await page.keyboard.press('Control+S');
  await expect.poll(() => bridge.prompts.map((p) => p.kind)).toContain('conflict');
  expect((await mapOnDisk(path)).title).toBe('Their version');

  await workspace.write('minimal.cjm', serializeCjm({ schemaVersion: 1, map: { ...theirs, title: 'Their second version' } }, { name: 'Other', version: '1' }));
  await expect(bar).toBeVisible({ timeout: 5000 });
  bridge.nextUnsavedAnswer = 'discard';
  await bar.getByRole('button', { name: text('diskChange.reload') }).click();
  await expect.poll(async () => (await app.map()).title).toBe('Their second version');
  await expect(bar).toBeHidden();
});

test('an empty start lists the recent maps; one click opens one', async ({ page, workspace }, testInfo) => {
  // The app's user-data folder, shared by the windows of this test; the workspace fixture removes it.
  const userData = join(workspace.folder, 'userData');
  const path = await workspace.copy('minimal.cjm');
  const first = await newApp(await page.context().newPage(), workspace.folder, userData);
  await first.openWithKeyboard(path);
  await first.page.close();

  const next = await newApp(page, workspace.folder, userData);
  const recent = page.getByTestId('recent-maps');
  await expect(recent).toBeVisible();
  await next.screenshot('recent-maps.png', testInfo);
  await recent.getByRole('button', { name: 'minimal.cjm' }).click();
  await expect.poll(() => next.sessionPath()).toBe(path);
  await expect(recent).toBeHidden();
});

test('a file deleted on disk shows the bar and is recreated only after asking', async ({ app, page, workspace, bridge }) => {
  const path = await workspace.copy('minimal.cjm');
  await app.openWithKeyboard(path);
  await addNote(app, 'Still here after the delete');
  await rm(path);

  const bar = page.getByTestId('disk-change-bar');
  await expect(bar).toContainText(text('diskChange.deleted', { name: 'minimal.cjm' }), { timeout: 5000 });
  await expect(bar.getByRole('button', { name: text('diskChange.reload') })).toHaveCount(0);
  await bar.getByRole('button', { name: text('diskChange.keepMine') }).click();

  bridge.nextConflictAnswer = 'overwrite';
  await app.saveWithKeyboard();
  expect(bridge.invokes.find((i) => i.channel === 'askConflict')?.args).toEqual([{ documentName: 'minimal.cjm', deleted: true }]);
  expect(Object.values((await mapOnDisk(path)).notes).map((n) => n.text)).toContain('Still here after the delete');
});
