/**
 * A failure before React mounts (here: the preload bridge is missing, so the
 * first call to the main process throws) must not leave a blank window: the
 * page says what happened and what to do, in the OS's language when it can.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const catalog = (language: string) =>
  (JSON.parse(readFileSync(new URL(`../../renderer/i18n/${language}/app.json`, import.meta.url), 'utf8')) as { startupError: Record<string, string> }).startupError;

for (const [locale, language] of [
  ['en-US', 'en'],
  ['pl-PL', 'pl'],
  ['de-DE', 'en'],
] as const) {
  test(`a crash before the app starts shows what to do (${locale} → ${language})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // No bridge installed: window.journeyboard is missing, as when the preload script failed.
    await page.goto(testInfo.project.use.baseURL!);
    const screen = page.getByTestId('startup-error');
    await expect(screen).toBeVisible();
    const strings = catalog(language);
    await expect(screen.getByRole('heading')).toHaveText(strings.title!);
    await expect(screen).toContainText(strings.whatToDo!);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.screenshot({ path: `test-results/screens/startup-error-${locale}.png` });
    await context.close();
  });
}
