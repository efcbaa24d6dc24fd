/**
 * Issue 14, File ▸ Export… and File ▸ Print… from the user's side: the dialog
 * driven by the keyboard, the engine's real PDF, SVG and PNG written through
 * the real main-process services to the file the bridge's save dialog picked,
 * the progress bar and its Cancel, a write that fails, and the pages the print
 * dialog would print. Electron's own print dialog cannot be shown here: the
 * bridge stands in for it and the test looks at the print media meanwhile.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { sortedStages } from '../../renderer/model/queries';
import { BENCH_10K, generateCjmText } from '../fixtures/generateMap';
import { type AppDriver, expect, FIXTURES, SCREENS, test, text } from './harness';
import { pngDimensions } from './png';

/** Renders a PDF's pages to test-results/screens/<name>-N.png, to be looked at; the folder may not exist yet on a clean clone. */
function pdfPagesToPng(pdf: string, name: string, pages: readonly string[] = []) {
  mkdirSync(SCREENS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '40', ...pages, pdf, `${SCREENS}${name}`]);
}

const noticeText = (page: Page) => page.locator('.notice').last().innerText();

async function openExportDialog(app: AppDriver) {
  await app.page.keyboard.press('Control+E');
  const dialog = app.page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses a format and presses Export. */
async function exportAs(app: AppDriver, format: 'pdf' | 'svg' | 'png', choose?: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>) {
  const dialog = await openExportDialog(app);
  await dialog.getByRole('radio', { name: text(`exporting:format.${format}.name`) }).check();
  await choose?.(dialog);
  await dialog.getByRole('button', { name: text('exporting:dialog.export') }).click();
}

test('a PDF with a cover page, chosen with the keyboard alone, holds the Polish, Romanian and Cyrillic notes as text', async ({ app, bridge, workspace, page }) => {
  await app.openWithKeyboard(await workspace.copy('i18n.cjm'));
  const map = await app.map();
  const dialog = await openExportDialog(app);
  // Focus starts on the chosen format (PDF); Tab walks paper, the two checkboxes (orientation is off for a poster), Cancel, Export.
  await expect(dialog.getByRole('radio', { name: text('exporting:format.pdf.name') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const cover = dialog.getByRole('checkbox', { name: text('exporting:pdf.coverPage') });
  await expect(cover).toBeFocused();
  await page.keyboard.press('Space');
  await expect(cover).toBeChecked();
  bridge.nextExportPath = workspace.path('poster');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: text('exporting:dialog.export') })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe(text('exporting:status.done', { name: 'poster.pdf' }));
  expect(bridge.prompts.at(-1)).toEqual({ kind: 'export', shownWith: workspace.path(`${map.title}.pdf`) });
  const pdf = await readFile(workspace.path('poster.pdf'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', workspace.path('poster.pdf'), '-'], { encoding: 'utf8' });
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  for (const probe of ['Zażółć gęślą jaźń', 'ȘȚĂÂÎ', map.goal.split(' ').slice(0, 2).join(' ')]) expect(squash(extracted)).toContain(probe);
  const cyrillic = Object.values(map.notes).map((n) => n.text).find((t) => /[а-я]/i.test(t))!;
  expect(squash(extracted)).toContain(cyrillic.split(' ').slice(0, 2).join(' '));
  // The cover page comes first, then the map: two pages at least.
  expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [workspace.path('poster.pdf')], { encoding: 'utf8' }))![1])).toBeGreaterThanOrEqual(2);
  pdfPagesToPng(workspace.path('poster.pdf'), 'export-pdf-page', ['-f', '1', '-l', '2']);

  // The next export starts from these choices (for the session).
  await openExportDialog(app);
  await expect(page.getByTestId('export-dialog').getByRole('checkbox', { name: text('exporting:pdf.coverPage') })).toBeChecked();
  await page.keyboard.press('Escape');
  expect((await readdir(workspace.folder)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('an SVG parses and keeps note text as text; a PNG at 2× is twice the size of the 1× one', async ({ app, bridge, workspace, page }) => {
  await app.openWithKeyboard(await workspace.copy('i18n.cjm'));
  const map = await app.map();

  bridge.nextExportPath = workspace.path('wall.svg');
  await exportAs(app, 'svg');
  await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe(text('exporting:status.done', { name: 'wall.svg' }));
  const svg = await readFile(workspace.path('wall.svg'), 'utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.tagName, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.texts.join(' ')).toContain('Zażółć');

  bridge.nextExportPath = workspace.path('slide-1x.png');
  await exportAs(app, 'png', async (dialog) => {
    await dialog.getByRole('radio', { name: text('exporting:png.regions.map') }).check();
    await dialog.getByRole('radio', { name: text('exporting:png.times', { scale: 1 }), exact: true }).check();
  });
  await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe(text('exporting:status.done', { name: 'slide-1x.png' }));
  bridge.nextExportPath = workspace.path('slide-2x.png');
  await exportAs(app, 'png', async (dialog) => {
    await dialog.getByRole('radio', { name: text('exporting:png.times', { scale: 2 }), exact: true }).check();
  });
  await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe(text('exporting:status.done', { name: 'slide-2x.png' }));
  const one = pngDimensions(await readFile(workspace.path('slide-1x.png')));
  const two = pngDimensions(await readFile(workspace.path('slide-2x.png')));
  expect(one.width).toBeGreaterThan(100);
  expect(two).toEqual({ width: one.width * 2, height: one.height * 2 });

  // One stage: narrower than the whole map, as tall.
  const stage = sortedStages(map)[1]!;
  bridge.nextExportPath = workspace.path('stage.png');
  await exportAs(app, 'png', async (dialog) => {
    await dialog.getByRole('radio', { name: text('exporting:png.regions.stage') }).check();
    await dialog.getByRole('combobox', { name: text('exporting:png.stage') }).selectOption(stage.id);
    await dialog.getByRole('radio', { name: text('exporting:png.times', { scale: 1 }), exact: true }).check();
  });
  await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe(text('exporting:status.done', { name: 'stage.png' }));
  const staged = pngDimensions(await readFile(workspace.path('stage.png')));
  expect(staged.width).toBeLessThan(one.width);
});

test('a long export shows a progress bar; Cancel stops it and nothing is written, nor is a save dialog shown', async ({ app, bridge, workspace, page }, testInfo) => {
  await app.openWithKeyboard(await workspace.write('big.cjm', generateCjmText(BENCH_10K)));
  // Noted, not asserted (timings belong to the bench): the longest tasks while the engine runs.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  await exportAs(app, 'pdf');
  const progress = page.getByTestId('export-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('heading')).toHaveText(text('exporting:progress.title.pdf'));
  await expect.poll(() => progress.locator('progress').evaluate((p: HTMLProgressElement) => p.value), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.screenshot({ path: `${SCREENS}export-progress.png` });
  await testInfo.attach('export-progress.png', { path: `${SCREENS}export-progress.png`, contentType: 'image/png' });
  // Cancel has the focus, so Enter presses it (a mouse click waits for frames the busy engine makes rare).
  await expect(progress.getByRole('button', { name: text('exporting:dialog.cancel') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(progress).toBeHidden();
  await expect.poll(() => noticeText(page)).toBe(text('exporting:status.canceled'));
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.sort((a, b) => b - a).slice(0, 5));
  testInfo.annotations.push({ type: 'long tasks (ms) during the 10k-note PDF export', description: longTasks.join(', ') });
  console.log(`long tasks (ms) during the 10k-note PDF export until Cancel: ${longTasks.join(', ')}`);
  expect(bridge.prompts.filter((p) => p.kind === 'export')).toEqual([]);
  expect((await readdir(workspace.folder)).sort()).toEqual(['big.cjm', 'preferences.json']);
});

test('a save dialog cancelled writes nothing; a file that cannot be written says why and leaves nothing behind', async ({ app, bridge, workspace, page }) => {
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  bridge.nextExportPath = null;
  await exportAs(app, 'svg');
  await expect.poll(() => bridge.prompts.filter((p) => p.kind === 'export').length, { timeout: 30_000 }).toBe(1);
  await expect(page.getByTestId('export-progress')).toBeHidden();

  // A "folder" that is really a file: the write fails.
  bridge.nextExportPath = workspace.path('full.cjm/slide.png');
  await exportAs(app, 'png');
  const error = page.getByTestId('error-dialog');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error.getByRole('heading')).toHaveText(text('exporting:error.title.png'));
  await expect(page.getByTestId('error-message')).toHaveText(text('exporting:error.file.io'));
  await expect(error.locator('li')).toContainText('full.cjm');
  await error.getByRole('button', { name: text('dialog.ok') }).click();

  // The user typed the name of the map itself: an export never replaces a map.
  bridge.nextExportPath = workspace.path('full.cjm');
  await exportAs(app, 'svg');
  await expect(page.getByTestId('error-message')).toHaveText(text('exporting:error.file.notAllowed'), { timeout: 30_000 });
  await error.getByRole('button', { name: text('dialog.ok') }).click();
  expect((await readdir(workspace.folder)).sort()).toEqual(['full.cjm', 'preferences.json']);
  expect(await readFile(workspace.path('full.cjm'), 'utf8')).toBe(await readFile(`${FIXTURES}full.cjm`, 'utf8'));
});

test('File ▸ Print… one stage per page puts only the map, one stage a sheet, on paper', async ({ app, bridge, workspace, page }, testInfo) => {
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  const stages = sortedStages(await app.map());
  let looked = false;
  bridge.whilePrinting = async () => {
    // What Chromium would print: the print media of the page while the dialog is open.
    const pages = page.getByTestId('print-pages');
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(pages).toBeVisible();
      await expect(page.getByRole('toolbar')).toBeHidden();
      await expect(page.getByTestId('board')).toBeHidden();
      const images = await pages.locator('img').evaluateAll((imgs) => imgs.map((img) => ({ alt: img.getAttribute('alt'), width: (img as HTMLImageElement).naturalWidth, complete: (img as HTMLImageElement).complete })));
      expect(images.map((i) => i.alt)).toEqual(stages.map((s) => s.name));
      for (const image of images) expect(image.complete && image.width > 0).toBe(true);
      await app.screenshot('print-media-first-page.png', testInfo);
      // Headless Chromium prints the page to PDF the way the print dialog would, on the paper main was asked for.
      const { landscape } = bridge.prints.at(-1)!;
      expect(landscape).toBe(false); // a stage is taller than wide
      await writeFile(workspace.path('printed.pdf'), await page.pdf({ format: 'A4', landscape }));
    } finally {
      await page.emulateMedia({ media: null });
    }
    looked = true;
  };
  await page.keyboard.press('Control+P');
  const dialog = page.getByTestId('print-dialog');
  await dialog.getByRole('radio', { name: text('exporting:print.layouts.stages.name') }).check();
  await dialog.getByRole('button', { name: text('exporting:print.print') }).click();
  await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe(text('exporting:status.printed_other', { count: stages.length }));
  expect(looked).toBe(true);
  expect(bridge.prints).toHaveLength(1);
  // After the dialog the pages are gone again.
  await expect(page.getByTestId('print-pages')).toHaveCount(0);
  const info = execFileSync('pdfinfo', [workspace.path('printed.pdf')], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(stages.length);
  pdfPagesToPng(workspace.path('printed.pdf'), 'printed-page', ['-f', '1', '-l', '2']);
});

test('File ▸ Print… fit to page prints the whole map on one sheet; a refused print job says why', async ({ app, bridge, workspace, page }) => {
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  const map = await app.map();
  bridge.whilePrinting = async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.getByTestId('print-pages').locator('img')).toHaveAttribute('alt', map.title);
      await writeFile(workspace.path('fit.pdf'), await page.pdf({ format: 'A4', landscape: bridge.prints.at(-1)!.landscape }));
    } finally {
      await page.emulateMedia({ media: null });
    }
  };
  await bridge.sendMenuCommand('file.print');
  const dialog = page.getByTestId('print-dialog');
  await dialog.getByRole('radio', { name: text('exporting:print.layouts.fit.name') }).check();
  await dialog.getByRole('button', { name: text('exporting:print.print') }).click();
  await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe(text('exporting:status.printed_one', { count: 1 }));
  expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [workspace.path('fit.pdf')], { encoding: 'utf8' }))![1])).toBe(1);
  pdfPagesToPng(workspace.path('fit.pdf'), 'printed-fit');

  // The printer refuses: the facilitator is told, and the choice (fit) is remembered for next time.
  bridge.whilePrinting = null;
  bridge.printAnswer = { kind: 'failed', reason: 'Print job failed' };
  await page.keyboard.press('Control+P');
  await expect(dialog.getByRole('radio', { name: text('exporting:print.layouts.fit.name') })).toBeChecked();
  await dialog.getByRole('button', { name: text('exporting:print.print') }).click();
  const error = page.getByTestId('error-dialog');
  await expect(error.getByRole('heading')).toHaveText(text('exporting:error.title.print'), { timeout: 30_000 });
  await expect(page.getByTestId('error-message')).toHaveText(text('exporting:error.printFailed'));
  await expect(error.locator('li')).toHaveText('Print job failed');
  await error.getByRole('button', { name: text('dialog.ok') }).click();
  await expect(page.getByTestId('print-pages')).toHaveCount(0);
});
