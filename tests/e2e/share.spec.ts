/**
 * Issue 14, sharing: CSV and Markdown exports written through the real main-process
 * services, a CSV import with its preview and one undo step, a malformed CSV
 * refused with its row number, and a new map from the template gallery.
 */
import { readdir, readFile } from 'node:fs/promises';
import { exportCsv } from '../../renderer/model/csv/csvExport';
import { sortedStages } from '../../renderer/model/queries';
import type { Bridge } from './bridge';
import { type AppDriver, expect, mapOnDisk, test, text } from './harness';

async function openFixture(app: AppDriver, workspace: { copy(name: string): Promise<string> }, name: string) {
  const path = await workspace.copy(name);
  await app.openWithKeyboard(path);
  return path;
}

/** File ▸ Export…, then the format, then Export: what a facilitator does for a CSV or a report. */
async function exportAs(app: AppDriver, bridge: Bridge, format: 'csv' | 'markdown') {
  await bridge.sendMenuCommand('file.export');
  const dialog = app.page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: text(`exporting:format.${format}.name`) }).check();
  await dialog.getByRole('button', { name: text('exporting:dialog.export') }).click();
}

async function noticeText(app: AppDriver): Promise<string> {
  return app.page.locator('.notice').last().innerText();
}

test('File ▸ Export… writes the CSV and the Markdown report of the open map to the files the user picked', async ({ app, bridge, workspace }) => {
  const path = await openFixture(app, workspace, 'full.cjm');
  const map = await mapOnDisk(path);

  bridge.nextExportPath = workspace.path('notes.csv');
  await exportAs(app, bridge, 'csv');
  await expect.poll(() => noticeText(app)).toBe(text('share.export.done', { name: 'notes.csv' }));
  const bytes = await readFile(workspace.path('notes.csv'));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toBe(exportCsv(map));
  expect(bridge.prompts.at(-1)).toEqual({ kind: 'export', shownWith: workspace.path(`${map.title}.csv`) });

  // The user types a name without the extension: the report still gets .md.
  bridge.nextExportPath = workspace.path('report');
  await exportAs(app, bridge, 'markdown');
  await expect.poll(() => noticeText(app)).toBe(text('share.export.done', { name: 'report.md' }));
  // The report's content is checked in detail by the unit tests; here: the real file, whole.
  const report = await readFile(workspace.path('report.md'), 'utf8');
  expect(report.startsWith(`# ${map.title}\n\n**${text('report.goal')}:** ${map.goal}`)).toBe(true);
  sortedStages(map).forEach((stage, i) => expect(report).toContain(`## ${i + 1}. ${stage.name}\n`));
  expect(report).toContain(`| ${text('report.column.target')} | ${text('report.column.actual')} | ${text('report.column.percent')} |`);
  expect(report.trimEnd().endsWith(`## ${text('report.voting')}\n\n_${text('report.noVotes')}_`)).toBe(true);
  expect((await readdir(workspace.folder)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('an export that cannot be written says why and leaves no file behind', async ({ app, bridge, workspace, page }) => {
  await openFixture(app, workspace, 'full.cjm');
  // A "folder" that is really a file: the write fails.
  bridge.nextExportPath = workspace.path('full.cjm/notes.csv');
  await exportAs(app, bridge, 'csv');
  await expect(page.getByTestId('error-dialog')).toBeVisible();
  await expect(page.getByTestId('error-message')).toHaveText(text('fileError.io'));
  await expect(page.getByTestId('error-dialog').locator('li')).toContainText('full.cjm');
  await page.getByTestId('error-dialog').getByRole('button', { name: text('dialog.ok') }).click();
  expect((await readdir(workspace.folder)).sort()).toEqual(['full.cjm', 'preferences.json']);
  await expect(page.getByTestId('save-state')).toHaveText(text('status.saved'));
});

test('importing a CSV with one changed note previews the change, applies it on confirm, and one undo takes it back', async ({ app, bridge, workspace, page }) => {
  const path = await openFixture(app, workspace, 'full.cjm');
  const map = await mapOnDisk(path);
  const note = Object.values(map.notes).find((n) => !n.text.includes('\n') && !n.text.includes('"'))!;
  const csv = exportCsv(map).replace(`,${note.text},`, ',Changed in the spreadsheet – zażółć,');
  expect(csv).not.toBe(exportCsv(map));
  bridge.nextCsvPath = await workspace.write('edited.csv', csv);

  await bridge.sendMenuCommand('file.importCsv');
  const preview = page.getByRole('dialog', { name: text('share.import.title', { name: 'edited.csv' }) });
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('import-summary')).toContainText(text('share.import.changedNotes_one', { count: 1 }));
  await expect(preview.getByTestId('import-summary')).toContainText(text('share.import.newNotes_other', { count: 0 }));
  await expect(preview.getByTestId('import-changes').locator('tbody tr')).toHaveCount(1);
  await expect(preview.getByTestId('import-changes')).toContainText('Changed in the spreadsheet – zażółć');
  expect((await app.map()).notes[note.id]!.text).toBe(note.text);
  await app.screenshot('import-preview.png', test.info());

  await preview.getByRole('button', { name: text('share.import.confirm') }).click();
  await expect(preview).toBeHidden();
  expect((await app.map()).notes[note.id]!.text).toBe('Changed in the spreadsheet – zażółć');
  expect(await app.isDirty()).toBe(true);

  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await app.map()).notes[note.id]!.text).toBe(note.text);
  expect(await app.map()).toEqual({ ...map, updatedAt: (await app.map()).updatedAt });
  expect(await page.evaluate(() => window.__journeyboard!.store.history.canUndo)).toBe(false);
});

test('a malformed CSV is refused with its row number, and nothing changes', async ({ app, bridge, workspace, page }) => {
  const path = await openFixture(app, workspace, 'full.cjm');
  const map = await mapOnDisk(path);
  const lines = exportCsv(map).split('\r\n');
  lines[2] = lines[2]!.replace(/,(yellow|orange|pink|red|purple|blue|teal|green|grey|white),0,/, ',mauve,0,');
  bridge.nextCsvPath = await workspace.write('broken.csv', lines.join('\r\n'));

  await bridge.sendMenuCommand('file.importCsv');
  await expect(page.getByTestId('error-dialog')).toBeVisible();
  await expect(page.getByTestId('error-dialog').locator('h2')).toHaveText(text('share.import.errorTitle', { name: 'broken.csv' }));
  await expect(page.getByTestId('error-message')).toHaveText(
    `${text('share.import.problem.badValue', { row: 3, value: 'mauve', column: 'colour' })} ${text('share.import.nothingChanged')}`,
  );
  await app.screenshot('csv-import-error.png', test.info());
  expect(await app.map()).toEqual(map);
  expect(await app.isDirty()).toBe(false);
});

test('File ▸ New from Template shows a gallery of previews; a card starts a new map with fresh ids; the map can be saved as my template', async ({ app, bridge, page, workspace }) => {
  await bridge.sendMenuCommand('file.newFromTemplate');
  const gallery = page.getByRole('dialog', { name: text('share.gallery.title') });
  await expect(gallery).toBeVisible();
  await expect(gallery.getByTestId('template-card')).toHaveCount(7);
  await app.screenshot('template-gallery.png', test.info());

  await gallery.getByTestId('template-card').filter({ hasText: 'Online shop purchase' }).click();
  await expect(gallery).toBeHidden();
  const map = await app.map();
  const template = await mapOnDisk(new URL('../../assets/templates/shop-purchase.en.cjm', import.meta.url).pathname);
  expect(map.title).toBe(template.title);
  expect(Object.values(map.notes).map((n) => n.text).sort()).toEqual(Object.values(template.notes).map((n) => n.text).sort());
  expect(Object.keys(map.notes).filter((id) => id in template.notes)).toEqual([]);
  expect(map.id).not.toBe(template.id);
  expect(await app.sessionPath()).toBeNull();
  await app.screenshot('from-template.png', test.info());

  await bridge.sendMenuCommand('file.saveAsTemplate');
  const naming = page.getByRole('dialog', { name: text('share.template.title') });
  await naming.getByRole('textbox').fill('Workshop – Kraków');
  await naming.getByRole('button', { name: text('share.template.save') }).click();
  await expect.poll(() => noticeText(app)).toBe(text('share.template.saved', { name: 'Workshop – Kraków' }));
  expect(await readdir(workspace.path('templates'))).toEqual(['Workshop – Kraków.cjm']);

  await bridge.sendMenuCommand('file.newFromTemplate');
  await expect(gallery.getByRole('heading', { name: text('share.gallery.own') })).toBeVisible();
  await expect(gallery.getByTestId('template-card')).toHaveCount(8);
  await page.keyboard.press('Escape');
  await expect(gallery).toBeHidden();
});

test('the gallery offers the templates in the UI language', async ({ app, page }) => {
  const titles = { pl: 'Zakup w sklepie internetowym', ro: 'Cumpărare într-un magazin online', ru: 'Покупка в интернет-магазине' } as const;
  for (const [language, title] of Object.entries(titles) as [keyof typeof titles, string][]) {
    // What View ▸ Language does; the gallery then opens in that language (its title waits for the switch).
    await page.evaluate((l) => window.journeyboard.setLanguage({ language: l }), language);
    await app.bridge.sendMenuCommand('file.newFromTemplate');
    const gallery = page.locator('dialog.template-gallery');
    await expect(gallery.getByTestId('template-card').filter({ hasText: title })).toHaveCount(1);
    await expect(gallery.getByTestId('template-card')).toHaveCount(7);
    await app.screenshot(`template-gallery-${language}.png`, test.info());
    await page.keyboard.press('Escape');
    await expect(gallery).toBeHidden();
  }
});
