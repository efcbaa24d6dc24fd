/**
 * The built renderer under the main process's strict Content-Security-Policy
 * (no 'unsafe-inline' for styles or scripts): served with that header, the
 * board, every panel, a photo and the render-error screen cause no violation.
 * A control injects a style attribute to prove the watcher would see one.
 */
import { contentSecurityPolicy } from '../../electron/security/trust';
import { expect, test, text } from './harness';

const CSP = contentSecurityPolicy({ indexPath: '/unused/index.html', devServerUrl: undefined });

test.beforeEach(async ({ page }) => {
  // What the main process's onHeadersReceived adds to every response.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`));
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);

test('the built app under the strict CSP: board, panels, photo and render-error screen cause no violation', async ({ app, page, workspace }) => {
  await app.start();
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content'))).not.toContain(
    'unsafe-inline',
  );
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  // The summary (inline persona colour dots) and a persona card with its embedded photo.
  await page.getByRole('button', { name: text('toolbar.touchpoints'), exact: true }).click();
  await expect(page.getByTestId('panel-touchpointSummary').locator('tbody tr').first()).toBeVisible();
  await page.getByTestId('panel-touchpointSummary').locator('tbody tr').first().click();
  await expect(page.getByTestId('panel-touchpoint')).toBeVisible();
  await page.getByRole('button', { name: text('toolbar.addPersona'), exact: true }).click();
  await expect(page.getByTestId('panel-persona')).toBeVisible();
  await page.keyboard.press('Shift+/');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__journeyboard!.failRender('app'));
  await expect(page.getByTestId('render-error-screen')).toBeVisible();
  await app.frames();
  expect(await violations(page)).toEqual([]);

  // Control: a style attribute written as markup is refused, and the watcher sees it.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div style="color: red">x</div>'));
  await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
  for (const violation of await violations(page)) expect(violation).toMatch(/^style-src-attr: /);
});

test('File ▸ Export… (PDF, PNG) and File ▸ Print… with its blob: page images cause no violation', async ({ app, page, workspace, bridge }) => {
  await app.start();
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  const notice = () => page.locator('.notice').last().innerText();
  for (const [format, name] of [['pdf', 'map.pdf'], ['png', 'map.png']] as const) {
    bridge.nextExportPath = workspace.path(name);
    await page.keyboard.press('Control+E');
    await page.getByTestId('export-dialog').getByRole('radio', { name: text(`exporting:format.${format}.name`) }).check();
    await page.getByTestId('export-dialog').getByRole('button', { name: text('exporting:dialog.export') }).click();
    await expect.poll(notice, { timeout: 30_000 }).toBe(text('exporting:status.done', { name }));
  }
  let printed = 0;
  bridge.whilePrinting = async () => {
    await expect(page.getByTestId('print-pages').locator('img').first()).toHaveJSProperty('complete', true);
    printed = await page.getByTestId('print-pages').locator('img').count();
  };
  await page.keyboard.press('Control+P');
  await page.getByTestId('print-dialog').getByRole('button', { name: text('exporting:print.print') }).click();
  await expect.poll(notice, { timeout: 30_000 }).toBe(text('exporting:status.printed_one', { count: 1 }));
  expect(printed).toBe(1);
  await app.frames();
  expect(await violations(page)).toEqual([]);
});
