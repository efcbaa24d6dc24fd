/**
 * Issue 12 item 1, in Chromium with the real services: a file with a locale
 * Intl refuses opens with a notice and every panel works; a render error shows
 * the render-error screen, from which Save still writes the whole map to disk.
 */
import { readFile } from 'node:fs/promises';
import { parseCjm, serializeCjm } from '../../renderer/model/cjmFormat';
import { FIXTURE_APP } from '../fixtures/generateMap';
import { expect, FIXTURES, mapOnDisk, test, text } from './harness';

const panels = JSON.parse(await readFile(new URL('../../renderer/i18n/en/panels.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
const summaryColumn = (column: string) => (panels.summary!.column as Record<string, string>)[column]!;

/** full.cjm (two personas, eight touchpoints with KPIs) with the locale Intl refuses. */
async function fullMapWithLocale(locale: string): Promise<string> {
  const parsed = parseCjm(await readFile(`${FIXTURES}full.cjm`, 'utf8'));
  if (!parsed.ok) throw new Error('full.cjm does not parse');
  const text = serializeCjm(parsed.value.document, FIXTURE_APP);
  return text.replace(`"locale": "${parsed.value.document.map.locale}"`, `"locale": "${locale}"`);
}

test('a map whose locale is pl_PL opens with a notice, and the summary, its sorting, the touchpoint and persona panels all work', async ({ app, page, workspace }, testInfo) => {
  await app.start();
  const path = await workspace.write('pl-locale.cjm', await fullMapWithLocale('pl_PL'));
  expect(await readFile(path, 'utf8')).toContain('"locale": "pl_PL"');
  await app.openWithKeyboard(path);

  await expect(page.locator('.notice')).toContainText(text('file.localeRepaired', { from: 'pl_PL', to: 'en' }));
  expect((await app.map()).locale).toBe('en');

  // The touchpoint summary: its KPI numbers and a sort by each numeric column (the first KPI and sort blanked the window).
  await page.getByRole('button', { name: text('toolbar.touchpoints'), exact: true }).click();
  const summary = page.getByTestId('panel-touchpointSummary');
  const rows = summary.locator('tbody tr');
  await expect(rows).toHaveCount(Object.keys((await app.map()).touchpoints).length);
  for (const column of ['target', 'actual', 'label']) {
    await summary.getByRole('button', { name: summaryColumn(column) }).click();
    await expect(summary.locator('th[aria-sort=ascending]')).toHaveText(new RegExp(summaryColumn(column)));
  }
  await expect(summary.locator('td.numeric').filter({ hasText: /\d/ }).first()).toBeVisible();
  await app.screenshot('render-error-locale-summary.png', testInfo);

  // A touchpoint: type a KPI the way a Polish keyboard would, and it is read with the repaired locale.
  await rows.first().click();
  const touchpoint = page.getByTestId('panel-touchpoint');
  await expect(touchpoint).toBeVisible();
  const actual = touchpoint.getByLabel(panels.touchpoint!.actual as string, { exact: true });
  await actual.fill('1 250');
  await actual.press('Enter');
  const touchpointId = await page.evaluate(() => [...window.__journeyboard!.ui.get().selectedTouchpointIds][0]!);
  await expect.poll(async () => (await app.map()).touchpoints[touchpointId]!.actual).toBe(1250);
  await expect(actual).toHaveValue('1,250');

  // A persona card.
  await page.getByRole('button', { name: text('toolbar.addPersona'), exact: true }).click();
  await expect(page.getByTestId('panel-persona')).toBeVisible();

  // Saved, the file carries the repaired locale and reopens.
  await app.saveWithKeyboard();
  const saved = await mapOnDisk(path);
  expect(saved.locale).toBe('en');
  expect(saved.touchpoints[touchpointId]!.actual).toBe(1250);
});

test('a render error shows the render-error screen; the close guard still asks, and Save and Save a copy write the whole map', async ({
  app,
  page,
  bridge,
  workspace,
}, testInfo) => {
  await app.start();
  const path = await workspace.copy('full.cjm', 'workshop.cjm');
  await app.openWithKeyboard(path);
  // An edit, so there is unsaved work when the window breaks.
  const title = page.getByLabel(text('toolbar.mapTitle'), { exact: true });
  await title.fill('Bike shop – after the crash');
  await title.press('Enter');
  await expect.poll(() => app.isDirty()).toBe(true);
  const before = await app.map();

  await page.evaluate(() => window.__journeyboard!.failRender('app'));
  const screen = page.getByTestId('render-error-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(text('renderError.title'));
  await app.screenshot('render-error-screen.png', testInfo);

  // The close guard keeps answering: closing with unsaved work asks first.
  bridge.nextUnsavedAnswer = 'cancel';
  await bridge.requestClose();
  await expect.poll(() => bridge.prompts.filter((p) => p.kind === 'unsaved').length).toBe(1);
  expect(bridge.windowClosed).toBe(false);

  // Save a copy… writes elsewhere and leaves the open file as it was.
  const copyPath = workspace.path('workshop copy.cjm');
  bridge.nextSavePath = copyPath;
  await screen.getByRole('button', { name: text('renderError.saveCopy') }).click();
  await expect(page.locator('.notice')).toContainText(text('file.copySaved', { name: 'workshop copy.cjm' }));
  expect(await mapOnDisk(copyPath)).toEqual({ ...before });
  expect(await app.sessionPath()).toBe(path);
  expect(await app.isDirty()).toBe(true);

  // Save writes the map, edit included, to its own file.
  await screen.getByRole('button', { name: text('renderError.save'), exact: true }).click();
  await expect.poll(() => app.isDirty()).toBe(false);
  const saved = await mapOnDisk(path);
  expect(saved.title).toBe('Bike shop – after the crash');
  expect(saved).toEqual(before);

  // Reload brings the board back.
  await screen.getByRole('button', { name: text('renderError.reload') }).click();
  await page.waitForFunction(() => !!window.__journeyboard?.board?.getLayout());
  await expect(page.getByTestId('render-error-screen')).toHaveCount(0);
});

test('a render error in a side panel shows a message in the panel; the board and the other panels keep working', async ({ app, page, workspace }, testInfo) => {
  await app.start();
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  await page.getByRole('button', { name: text('toolbar.touchpoints'), exact: true }).click();
  const summary = page.getByTestId('panel-touchpointSummary');
  await expect(summary.locator('tbody tr').first()).toBeVisible();

  await page.evaluate(() => window.__journeyboard!.failRender('panel'));
  await expect(summary.getByTestId('panel-failed')).toContainText(text('renderError.panelFailed'));
  await expect(page.locator('[data-testid=board] canvas').first()).toBeVisible();
  await expect(page.getByTestId('render-error-screen')).toHaveCount(0);
  await app.screenshot('render-error-panel.png', testInfo);

  await summary.getByTestId('panel-failed').getByRole('button', { name: text('renderError.closePanel') }).click();
  await expect(summary).toHaveCount(0);
  await page.getByRole('button', { name: text('toolbar.touchpoints'), exact: true }).click();
  await expect(page.getByTestId('panel-touchpointSummary').locator('tbody tr').first()).toBeVisible();
});
