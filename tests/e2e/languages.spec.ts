/**
 * Issue 14, item 5 acceptance: the app switched to each language through the
 * contract's setLanguage (what View ▸ Language does in main), with screenshots
 * at 1280×720 of the main window (a new map, named in that language, and a full
 * map), a dialog, two panels, the context menu, the export and print dialogs and the shortcuts overlay, written
 * to test-results/screens/ for people to look at. Each step also fails when a
 * label is wider than its box, which is how long Polish and Russian words get cut.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGUAGES, type Language } from '../../renderer/i18n/languages';
import { BENCH_10K, generateCjmText } from '../fixtures/generateMap';
import { type AppDriver, expect, SCREENS, test } from './harness';

interface Strings {
  readonly [key: string]: string | readonly string[] | Strings;
}
// Read as files: Playwright's loader does not import JSON modules.
const catalogs = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(new URL(`../../renderer/i18n/${language}/app.json`, import.meta.url), 'utf8')) as Strings]),
);
const panels = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(new URL(`../../renderer/i18n/${language}/panels.json`, import.meta.url), 'utf8')) as Strings]),
);
const lookup = (catalog: Strings | undefined, path: string): string => {
  const value = path.split('.').reduce<Strings | string | readonly string[] | undefined>((node, part) => (typeof node === 'object' && !Array.isArray(node) ? (node as Strings)[part] : undefined), catalog);
  if (typeof value !== 'string') throw new Error(`No string ${path}`);
  return value;
};
const exportingCatalogs = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(new URL(`../../renderer/i18n/${language}/exporting.json`, import.meta.url), 'utf8')) as Strings]),
);
const string = (language: Language, path: string): string => lookup(catalogs[language], path);
const exportingString = (language: Language, path: string): string => lookup(exportingCatalogs[language], path);
const panelString = (language: Language, path: string): string => lookup(panels[language], path);

/**
 * Texts inside `scope` that are cut: wider or taller than the box that shows
 * them, sticking out of the scope, or, in a select, longer than the select
 * shows. With `whole`, the scope itself must show everything without scrolling.
 */
async function cutLabels(page: Page, scope: string, whole = false): Promise<string[]> {
  return page.locator(scope).evaluateAll(
    (roots, whole) =>
      roots.flatMap((root) => {
        const bounds = root.getBoundingClientRect();
        const measure = document.createElement('canvas').getContext('2d')!;
        const describe = (el: Element, why: string) => `${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.trim().slice(0, 60)}" ${why}`;
        const found: string[] = [];
        if (whole && root.scrollHeight > root.clientHeight + 1) found.push(describe(root, `scrolls: ${root.scrollHeight} in ${root.clientHeight}`));
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (!(el instanceof HTMLElement) || el.offsetParent === null || el.clientWidth <= 1) continue;
          if (el instanceof HTMLSelectElement) {
            const style = getComputedStyle(el);
            measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = el.selectedOptions[0]?.text ?? '';
            // Padding and the drop-down arrow take at least 24 px.
            if (measure.measureText(text).width + 24 > el.clientWidth) found.push(describe(el, `shows "${text}" in ${el.clientWidth} px`));
            continue;
          }
          if (el.tagName === 'INPUT' || ![...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')) continue;
          const box = el.getBoundingClientRect();
          if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) found.push(describe(el, `${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`));
          else if (box.left < bounds.left - 1 || box.right > bounds.right + 1) found.push(describe(el, 'sticks out of its box'));
        }
        return found;
      }),
    whole,
  );
}

async function switchTo(app: AppDriver, language: Language): Promise<void> {
  await app.page.evaluate((language) => window.journeyboard.setLanguage({ language }), language);
  await expect(app.page.getByTestId('save-state')).toHaveText(string(language, 'status.saved'));
}

for (const language of LANGUAGES) {
  test(`${language}: the main window, a dialog, two panels, the context menu, export and print, and the shortcuts overlay`, async ({ app, page, workspace, bridge }, testInfo) => {
    await switchTo(app, language);
    expect(bridge.services.language.current()).toBe(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    // A new map is named in the language it is made in.
    await page.keyboard.press('Control+N');
    await expect.poll(async () => (await app.map()).title).toBe(string(language, 'file.untitledMap'));
    await app.waitForFitAfterOpen();
    expect((await app.map()).locale).toBe(language);
    await expect(page.getByRole('toolbar')).toContainText(string(language, 'toolbar.newNote'));
    expect(await cutLabels(page, '.toolbar, .status-bar')).toEqual([]);
    await app.screenshot(`lang-${language}-new-map.png`, testInfo);

    // The persona card panel of a persona added from the toolbar (Alt+P), named in this language.
    await page.keyboard.press('Alt+P');
    const personaPanel = page.getByTestId('panel-persona');
    await expect(personaPanel).toBeVisible();
    await expect(personaPanel.getByRole('textbox').first()).toHaveValue(string(language, 'board.newPersona').replace('{{number}}', '2'));
    expect(await cutLabels(page, '.side-panel')).toEqual([]);
    await app.screenshot(`lang-${language}-persona-panel.png`, testInfo);
    await personaPanel.getByText(panelString(language, 'persona.behaviour.channels'), { exact: true }).scrollIntoViewIfNeeded();
    await app.screenshot(`lang-${language}-persona-panel-behaviour.png`, testInfo);
    await personaPanel.getByRole('button', { name: panelString(language, 'host.close') }).click();
    await expect(personaPanel).toBeHidden();
    bridge.nextUnsavedAnswer = 'discard';

    // A full map (its own texts are English), with touchpoints, KPI lines and the touchpoint summary panel.
    await app.openWithKeyboard(await workspace.copy('full.cjm'));
    await page.keyboard.press('Alt+K');
    await expect(page.getByTestId('panel-touchpointSummary')).toBeVisible();
    expect(await cutLabels(page, '.toolbar, .status-bar, .side-panel')).toEqual([]);
    await app.screenshot(`lang-${language}-full-map-summary.png`, testInfo);
    await page.keyboard.press('Alt+K');
    await expect(page.getByTestId('panel-touchpointSummary')).toBeHidden();

    // The board at actual size on a touchpoint with a KPI: lane kinds, channel and the KPI line in this language's numbers.
    const withKpi = Object.values((await app.map()).touchpoints).find((tp) => tp.kpi && tp.target !== null && tp.target >= 1000)!;
    await page.keyboard.press('Control+0');
    await app.panToShow(await app.cell(withKpi.laneId, withKpi.stageId));
    await app.screenshot(`lang-${language}-kpi.png`, testInfo);
    await page.keyboard.press('Shift+1');

    // The context menu of a note.
    const note = await app.noteBox(Object.keys((await app.map()).notes)[0]!);
    await app.panToShow(note);
    const spot = await app.pointIn(note);
    await app.expectOnBoard(spot);
    await page.mouse.click(spot.x, spot.y, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await expect(menu.getByRole('menuitem', { name: string(language, 'context.arrangeByColor') })).toBeVisible();
    expect(await cutLabels(page, '[data-testid=context-menu]')).toEqual([]);
    await app.screenshot(`lang-${language}-context-menu.png`, testInfo);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // A dialog: a damaged file.
    bridge.nextOpenPath = await workspace.copy('truncated.cjm');
    await page.keyboard.press('Control+O');
    const dialog = page.getByTestId('error-dialog');
    await expect(dialog.getByRole('heading')).toHaveText(string(language, 'openError.title').replace('{{name}}', 'truncated.cjm'));
    expect(await cutLabels(page, '[data-testid=error-dialog]')).toEqual([]);
    await app.screenshot(`lang-${language}-dialog.png`, testInfo);
    await dialog.getByRole('button', { name: string(language, 'dialog.ok') }).click();
    await expect(dialog).toBeHidden();

    // File ▸ Export… with the PDF options, then the PNG options (the most labels), and File ▸ Print….
    await page.keyboard.press('Control+E');
    const exportDialog = page.getByTestId('export-dialog');
    await expect(exportDialog.getByRole('heading')).toHaveText(exportingString(language, 'dialog.title'));
    await expect(exportDialog.getByRole('checkbox', { name: exportingString(language, 'pdf.coverPage') })).toBeVisible();
    expect(await cutLabels(page, '[data-testid=export-dialog]', true)).toEqual([]);
    await app.screenshot(`lang-${language}-export-pdf.png`, testInfo);
    await exportDialog.getByRole('radio', { name: exportingString(language, 'format.png.name') }).check();
    await exportDialog.getByRole('radio', { name: exportingString(language, 'png.regions.stage') }).check();
    expect(await cutLabels(page, '[data-testid=export-dialog]', true)).toEqual([]);
    await app.screenshot(`lang-${language}-export-png.png`, testInfo);
    await page.keyboard.press('Escape');
    await expect(exportDialog).toBeHidden();
    await bridge.sendMenuCommand('file.print');
    const printDialog = page.getByTestId('print-dialog');
    await expect(printDialog.getByRole('heading')).toHaveText(exportingString(language, 'print.title'));
    expect(await cutLabels(page, '[data-testid=print-dialog]', true)).toEqual([]);
    await app.screenshot(`lang-${language}-print-dialog.png`, testInfo);
    await page.keyboard.press('Escape');
    await expect(printDialog).toBeHidden();

    // The shortcuts overlay (Esc first: with a cell selected, "?" would start a note).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Slash');
    const overlay = page.getByTestId('shortcuts');
    await expect(overlay.getByRole('heading', { level: 2 })).toHaveText(string(language, 'shortcuts.title'));
    expect(await cutLabels(page, '[data-testid=shortcuts] .overlay-card', true)).toEqual([]);
    await app.screenshot(`lang-${language}-shortcuts.png`, testInfo);
  });
}

test('a switch applies at once to the open app, its window title included, and English comes back', async ({ app, page, bridge }) => {
  await switchTo(app, 'ru');
  await expect(page.getByTestId('status-bar')).toContainText('стикер');
  await expect.poll(() => bridge.windowState?.title).toContain(string('ru', 'file.untitled'));
  await switchTo(app, 'en');
  await expect(page.getByTestId('status-bar')).toContainText(/\d+ notes?\b/);
});

for (const language of ['pl', 'ro', 'ru'] as const) {
  test(`${language}: the export progress bar and its Cancel`, async ({ app, page, workspace }, testInfo) => {
    await switchTo(app, language);
    // A map large enough that its PDF takes a while.
    await app.openWithKeyboard(await workspace.write('big.cjm', generateCjmText(BENCH_10K)));
    await page.keyboard.press('Control+E');
    const exportDialog = page.getByTestId('export-dialog');
    await exportDialog.getByRole('radio', { name: exportingString(language, 'format.pdf.name') }).check();
    await exportDialog.getByRole('button', { name: exportingString(language, 'dialog.export') }).click();
    const progress = page.getByTestId('export-progress');
    await expect(progress.getByRole('heading')).toHaveText(exportingString(language, 'progress.title.pdf'));
    expect(await cutLabels(page, '[data-testid=export-progress]', true)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}lang-${language}-export-progress.png` });
    await testInfo.attach(`lang-${language}-export-progress.png`, { path: `${SCREENS}lang-${language}-export-progress.png`, contentType: 'image/png' });
    await page.keyboard.press('Escape');
    await expect(progress).toBeHidden();
    await expect(page.locator('.notice').last()).toHaveText(exportingString(language, 'status.canceled'));
  });
}
