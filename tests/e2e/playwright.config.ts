/**
 * End-to-end tests: the built renderer (out/renderer) served by `vite preview`,
 * driven in the system Chromium, with `window.journeyboard` backed by the real
 * main-process services running in the test process (see bridge.ts).
 *
 * Build first: `npx electron-vite build` (or `npm test`, which does).
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without the networking flags this machine's closed network refuses Chromium's background connections. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const PREVIEW_PORT = 4187;
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
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
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
