/**
 * End-to-end tests: the built renderer (out/renderer) served by `vite preview`,
 * driven in the system Chromium, with `window.journeyboard` backed by the real
 * main-process services running in the test process (see bridge.ts).
 *
 * Build first: `npx electron-vite build` (or `npm test`, which does).
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4187);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: fileURLToPath(new URL('../../test-results/e2e', import.meta.url)),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    // Renderer tests share one context per worker and attach their own failure screenshot (harness.ts).
    screenshot: 'off',
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'renderer', testIgnore: '**/electron-smoke.spec.ts', use: { browserName: 'chromium' } },
    { name: 'electron', testMatch: '**/electron-smoke.spec.ts' },
  ],
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
