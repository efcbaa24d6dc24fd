/**
 * Issue 2, the foundation: open, change, save and reopen a `.cjm` with the
 * keyboard; refuse every kind of bad file without touching it or adopting its
 * path; Save As; and never silently overwrite a file another program changed.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCjm } from '../../renderer/model/cjmFormat';
import { AppDriver, expect, mapOnDisk, test, text } from './harness';

const DIRTY = '• ';

/** Renames the map in the toolbar's title field, as a facilitator would. */
async function renameMapInToolbar(page: Page, title: string): Promise<void> {
  const field = page.getByRole('textbox', { name: text('toolbar.mapTitle') });
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.store.getMap().title)).toBe(title);
}

async function expectCleanTitle(app: AppDriver, fileName: string): Promise<void> {
  await expect.poll(() => app.windowTitle()).toBe(`${fileName} — Journeyboard`);
  await expect(app.page).toHaveTitle(`${fileName} — Journeyboard`);
}

test('Ctrl+O opens a map, an edit marks it dirty, Ctrl+S writes it and reopening shows the same map', async ({ app, page, workspace, bridge }) => {
  const path = await workspace.copy('minimal.cjm');
  const original = await mapOnDisk(path);

  await app.openWithKeyboard(path);
  expect(await app.map()).toEqual(original);
  await expectCleanTitle(app, 'minimal.cjm');
  expect(bridge.prompts).toEqual([{ kind: 'open', shownWith: workspace.folder }]);

  await renameMapInToolbar(page, 'Bike shop – after the workshop');
  await expect.poll(() => app.windowTitle()).toBe(`${DIRTY}minimal.cjm — Journeyboard`);
  await expect(page.getByTestId('save-state')).toHaveText(text('status.unsaved'));

  await app.saveWithKeyboard();
  await expectCleanTitle(app, 'minimal.cjm');
  await expect(page.getByTestId('save-state')).toHaveText(text('status.saved'));
  const saved = await mapOnDisk(path);
  expect(saved.title).toBe('Bike shop – after the workshop');
  const inApp = await app.map();
  expect(saved).toEqual(inApp);
  // Saving in place asks nothing: the only dialog so far is the first Open.
  expect(bridge.prompts).toHaveLength(1);

  await app.openWithKeyboard(path);
  expect(await app.map()).toEqual(inApp);
  await expectCleanTitle(app, 'minimal.cjm');
});

test('Ctrl+O with unsaved changes asks first; Cancel keeps the map, Discard opens the other file', async ({ app, page, workspace, bridge }) => {
  const first = await workspace.copy('minimal.cjm');
  const second = await workspace.copy('blueprint.cjm');
  await app.openWithKeyboard(first);
  await renameMapInToolbar(page, 'Not saved yet');

  bridge.nextUnsavedAnswer = 'cancel';
  await page.keyboard.press('Control+O');
  await expect.poll(() => bridge.prompts.at(-1)).toEqual({ kind: 'unsaved', shownWith: 'minimal.cjm' });
  expect((await app.map()).title).toBe('Not saved yet');
  expect(await app.sessionPath()).toBe(first);

  bridge.nextUnsavedAnswer = 'discard';
  await app.openWithKeyboard(second);
  expect(await app.map()).toEqual(await mapOnDisk(second));
  await expectCleanTitle(app, 'blueprint.cjm');
  // Discarding wrote nothing.
  expect((await mapOnDisk(first)).title).not.toBe('Not saved yet');
});

interface BadFile {
  readonly fixture: string;
  /** Name the copy gets in the temp folder (the user's file name). */
  readonly as?: string;
  readonly message: string;
  readonly note?: string;
}

const BAD_FILES: readonly BadFile[] = [
  { fixture: 'truncated.cjm', message: text('openError.notJson') },
  { fixture: 'not-json.cjm', message: text('openError.notJson') },
  { fixture: 'foreign.json', message: text('openError.notCjm'), note: 'picked as it is, with its .json name' },
  { fixture: 'foreign.json', as: 'foreign.cjm', message: text('openError.notCjm'), note: 'renamed to .cjm' },
  { fixture: 'future-version.cjm', message: text('openError.versionTooNew', { fileVersion: 2, supportedVersion: 1 }) },
  { fixture: 'invalid-records.cjm', message: text('openError.invalidRecords_other', { count: 2 }) },
  { fixture: 'broken-references.cjm', message: text('openError.brokenReferences_one', { count: 1 }) },
];

for (const bad of BAD_FILES) {
  const name = bad.as ?? bad.fixture;
  test(`${bad.fixture}${bad.note ? ` (${bad.note})` : ''}: the error names the problem, the open map stays, the file is untouched and never saved to`, async ({
    app,
    page,
    workspace,
    bridge,
  }) => {
    const good = await workspace.copy('minimal.cjm');
    const badPath = await workspace.copy(bad.fixture, bad.as);
    await app.openWithKeyboard(good);
    const before = await app.map();
    const bytesBefore = await readFile(badPath);
    const mtimeBefore = (await stat(badPath)).mtimeMs;

    bridge.nextOpenPath = badPath;
    await page.keyboard.press('Control+O');
    const dialog = page.getByTestId('error-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toHaveText(text('openError.title', { name }));
    await expect(dialog.getByTestId('error-message')).toHaveText(bad.message);

    // The map that was open is still shown, under its own name, and still clean.
    expect(await app.map()).toEqual(before);
    expect(await app.sessionPath()).toBe(good);
    await expectCleanTitle(app, 'minimal.cjm');
    expect(await readFile(badPath)).toEqual(bytesBefore);

    await dialog.getByRole('button', { name: text('dialog.ok') }).click();
    await expect(dialog).toBeHidden();

    // An edit and Ctrl+S go to the good file; the bad one was never adopted.
    await renameMapInToolbar(page, 'Saved after a failed open');
    await app.saveWithKeyboard();
    expect((await mapOnDisk(good)).title).toBe('Saved after a failed open');
    expect(await readFile(badPath)).toEqual(bytesBefore);
    expect((await stat(badPath)).mtimeMs).toBe(mtimeBefore);
    expect(bridge.prompts.map((p) => p.kind)).toEqual(['open', 'open']);
    const saves = bridge.invokes.filter((i) => i.channel === 'saveFile' || i.channel === 'saveFileAs');
    expect(saves.map((s) => (s.args[0] as { path?: string }).path)).toEqual([good]);
  });
}

test('a file that is gone by the time it is read: the error names that file, and the open map stays', async ({ app, page, workspace, bridge }) => {
  const good = await workspace.copy('minimal.cjm');
  await app.openWithKeyboard(good);
  const before = await app.map();

  // Picked in the dialog, then deleted (or its USB stick pulled) before it was read.
  bridge.nextOpenPath = workspace.path('gone.cjm');
  await page.keyboard.press('Control+O');
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('error-message')).toHaveText(text('fileError.notFound'));
  await expect(dialog.getByRole('heading')).toHaveText(text('openError.title', { name: 'gone.cjm' }));
  expect(await app.map()).toEqual(before);
  expect(await app.sessionPath()).toBe(good);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Ctrl+Shift+S saves a copy under a new name, which becomes the open file', async ({ app, page, workspace, bridge }) => {
  const path = await workspace.copy('minimal.cjm');
  const bytes = await readFile(path);
  await app.openWithKeyboard(path);
  await renameMapInToolbar(page, 'A copy for the client');

  const copy = workspace.path('client-copy.cjm');
  bridge.nextSavePath = copy;
  await page.keyboard.press('Control+Shift+S');
  await expect.poll(() => app.sessionPath()).toBe(copy);
  await expectCleanTitle(app, 'client-copy.cjm');
  expect(bridge.prompts.at(-1)).toEqual({ kind: 'save', shownWith: workspace.path('minimal.cjm') });

  const parsed = parseCjm(await readFile(copy, 'utf8'));
  expect(parsed.ok).toBe(true);
  expect(await mapOnDisk(copy)).toEqual(await app.map());
  expect((await mapOnDisk(copy)).title).toBe('A copy for the client');
  expect(await readFile(path)).toEqual(bytes);

  // From now on Ctrl+S goes to the copy, without a dialog.
  await renameMapInToolbar(page, 'Second revision');
  await app.saveWithKeyboard();
  expect((await mapOnDisk(copy)).title).toBe('Second revision');
  expect(await readFile(path)).toEqual(bytes);
});

test('Ctrl+S on a new map asks where to save it and adds the .cjm extension', async ({ app, page, workspace, bridge }) => {
  await renameMapInToolbar(page, 'Kick-off');
  bridge.nextSavePath = workspace.path('kick-off');
  await page.keyboard.press('Control+S');
  await expect.poll(() => app.sessionPath()).toBe(workspace.path('kick-off.cjm'));
  expect(bridge.prompts).toEqual([{ kind: 'save', shownWith: workspace.path('Kick-off.cjm') }]);
  await expectCleanTitle(app, 'kick-off.cjm');
  expect(await mapOnDisk(workspace.path('kick-off.cjm'))).toEqual(await app.map());
});

test('saving over a file another program changed asks first; Cancel leaves their file alone, Overwrite replaces it', async ({
  app,
  page,
  workspace,
  bridge,
}) => {
  const path = await workspace.copy('minimal.cjm');
  await app.openWithKeyboard(path);
  await renameMapInToolbar(page, 'Our version');

  // Another program (a colleague on a shared drive) saves the same file.
  const theirs = JSON.parse(await readFile(path, 'utf8')) as { map: { title: string } };
  theirs.map.title = 'Their version';
  const theirBytes = Buffer.from(`${JSON.stringify(theirs, null, 2)}\n`);
  await writeFile(path, theirBytes);
  const later = new Date(Date.now() + 5_000);
  await utimes(path, later, later);

  bridge.nextConflictAnswer = 'cancel';
  await page.keyboard.press('Control+S');
  await expect.poll(() => bridge.prompts.at(-1)).toEqual({ kind: 'conflict', shownWith: 'minimal.cjm' });
  await expect.poll(() => bridge.invokes.filter((i) => i.channel === 'askConflict').length).toBe(1);
  await app.frames();
  expect(await readFile(path)).toEqual(theirBytes);
  await expect.poll(() => app.windowTitle()).toBe(`${DIRTY}minimal.cjm — Journeyboard`);
  expect(await app.isDirty()).toBe(true);

  bridge.nextConflictAnswer = 'overwrite';
  await app.saveWithKeyboard();
  expect((await mapOnDisk(path)).title).toBe('Our version');
  expect(bridge.prompts.filter((p) => p.kind === 'conflict')).toHaveLength(2);
});

test('a file handed over at startup (double-click, argv) is shown once the app is up', async ({ page, workspace, bridge }) => {
  const path = await workspace.copy('workshop-40.cjm');
  await page.goto('./', { waitUntil: 'commit' });
  await page.waitForFunction(() => typeof (window as unknown as Record<string, unknown>).__journeyboardBridgeEmit === 'function');
  // Sent as early as main.ts would; the preload holds it until the app listens.
  await bridge.openFromOs(path);
  await page.waitForFunction(() => !!window.__journeyboard?.board?.getLayout());
  const app = new AppDriver(page, bridge);
  await expect.poll(() => app.sessionPath()).toBe(path);
  expect(await app.map()).toEqual(await mapOnDisk(path));
  await expectCleanTitle(app, 'workshop-40.cjm');
  expect(bridge.prompts).toEqual([]);
});

test('menu commands and the window close button go through the same paths as the keys', async ({ app, page, workspace, bridge }) => {
  const path = await workspace.copy('minimal.cjm');
  bridge.nextOpenPath = path;
  await bridge.sendMenuCommand('file.open');
  await expect.poll(() => app.sessionPath()).toBe(path);

  await renameMapInToolbar(page, 'Saved from the menu');
  await bridge.sendMenuCommand('file.save');
  await expect.poll(() => app.isDirty()).toBe(false);
  expect((await mapOnDisk(path)).title).toBe('Saved from the menu');

  // Closing a dirty window asks; Cancel keeps it open, Save writes and then closes.
  await renameMapInToolbar(page, 'Saved on close');
  bridge.nextUnsavedAnswer = 'cancel';
  await bridge.requestClose();
  await expect.poll(() => bridge.prompts.at(-1)).toEqual({ kind: 'unsaved', shownWith: 'minimal.cjm' });
  await app.frames();
  expect(bridge.windowClosed).toBe(false);

  bridge.nextUnsavedAnswer = 'save';
  await bridge.requestClose();
  await expect.poll(() => bridge.windowClosed).toBe(true);
  expect((await mapOnDisk(path)).title).toBe('Saved on close');
});
