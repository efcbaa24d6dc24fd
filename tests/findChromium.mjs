/**
 * Finds the Chromium the browser tests, the e2e tests and the bench run in, and
 * is the `pretest` step of `npm test` (plain Node, so it runs before anything is
 * built or transpiled). Looks in this order:
 *   1. $CHROMIUM_PATH;
 *   2. /usr/bin/chromium (the distribution's package);
 *   3. Playwright's own download (`npx playwright install chromium`).
 * If none is there it tries that install once; if that fails too (no network,
 * or PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) it prints the one line to run and exits
 * non-zero, instead of a stack trace from deep inside the first browser test.
 * tests/chromium.ts calls findChromium() too, so every layer uses what was found here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_LINE = 'npx playwright install chromium';

/** Playwright's expected Chromium path (it may not be downloaded), or null when Playwright cannot say. */
function playwrightChromium() {
  try {
    // Synchronous (Playwright is CommonJS), so that the test configs can read the result at load time.
    const { chromium } = createRequire(import.meta.url)('playwright');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The first browser that exists, or null.
 * @param {{ env: Record<string, string | undefined>, exists: (path: string) => boolean, playwrightPath: string | null }} deps
 * @returns {string | null}
 */
export function findChromium({ env, exists, playwrightPath }) {
  const candidates = [env.CHROMIUM_PATH, SYSTEM_CHROMIUM, playwrightPath];
  return candidates.find((path) => !!path && exists(path)) ?? null;
}

/**
 * The pretest step: 0 when a browser is there (after an install if need be), 1 with the line to run otherwise.
 * @param {{ find: () => string | null, install: () => boolean, log: (line: string) => void, fail: (line: string) => void }} deps
 * @returns {number}
 */
export function ensureChromium({ find, install, log, fail }) {
  const found = find();
  if (found) {
    log(`Tests run in Chromium at ${found}`);
    return 0;
  }
  log(`No Chromium found ($CHROMIUM_PATH, ${SYSTEM_CHROMIUM}, Playwright's own); trying: ${INSTALL_LINE}`);
  const installed = install() ? find() : null;
  if (installed) {
    log(`Tests run in Chromium at ${installed}`);
    return 0;
  }
  fail(`The browser and e2e tests need Chromium. Run: ${INSTALL_LINE}   (or set CHROMIUM_PATH to a Chromium binary)`);
  return 1;
}

/** The real lookup, for tests/chromium.ts and the pretest step. */
export const PLAYWRIGHT_CHROMIUM = playwrightChromium();
export const findInstalledChromium = () => findChromium({ env: process.env, exists: existsSync, playwrightPath: PLAYWRIGHT_CHROMIUM });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = ensureChromium({
    find: findInstalledChromium,
    install: () => spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0,
    log: (line) => console.log(line),
    fail: (line) => console.error(line),
  });
}
