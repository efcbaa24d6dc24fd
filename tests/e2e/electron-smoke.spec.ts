/**
 * Smoke test of the real Electron app (out/main/main.js): a window opens,
 * is titled "Journeyboard" and shows the board canvas.
 *
 * Skips, saying why, when the Electron binary is not installed. It finds the
 * binary exactly as `node_modules/electron/index.js` does, but without
 * requiring that module: requiring it with no binary starts a download.
 */
import { _electron as electron, test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'out/main/main.js');

/** The installed Electron executable, or why there is none. Ignores ELECTRON_OVERRIDE_DIST_PATH on purpose. */
function electronBinary(): { readonly path: string } | { readonly missing: string } {
  const packageDir = join(ROOT, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} does not exist: the Electron binary was never downloaded` };
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { missing: `${executable} does not exist` };
  return { path: executable };
}

test('the Electron app opens a window titled Journeyboard with the board', async () => {
  const binary = electronBinary();
  if ('missing' in binary) {
    const reason = `Electron binary absent, smoke test skipped: ${binary.missing}`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  expect(existsSync(MAIN), `${MAIN} exists (run electron-vite build first)`).toBe(true);

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_OVERRIDE_DIST_PATH') env[key] = value;
  const app = await electron.launch({
    executablePath: binary.path,
    args: [MAIN, '--no-sandbox', '--disable-gpu'],
    cwd: ROOT,
    env,
    timeout: 30_000,
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect(page.locator('[data-testid=board] canvas').first()).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '')).toContain('Journeyboard');
    expect(await page.evaluate(() => typeof window.journeyboard)).toBe('object');
  } finally {
    await app.close();
  }
});
