import { SYSTEM_CHROMIUM, findInstalledChromium } from './findChromium.mjs';

/**
 * The Chromium that `npm test`'s pretest step found (findChromium.mjs:
 * $CHROMIUM_PATH, /usr/bin/chromium or Playwright's own), and the flags every
 * test layer and the bench start it with.
 * Without the networking flags this machine's closed network refuses Chromium's
 * background connections; as root it also needs --no-sandbox.
 */
export const CHROMIUM_PATH = findInstalledChromium() ?? SYSTEM_CHROMIUM;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
