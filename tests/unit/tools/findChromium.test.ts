/**
 * `npm test` on a fresh machine: the pretest step finds a browser in order
 * ($CHROMIUM_PATH, /usr/bin/chromium, Playwright's own), tries one install when
 * there is none, and otherwise prints the one line to run and fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INSTALL_LINE, SYSTEM_CHROMIUM, ensureChromium, findChromium } from '../../findChromium.mjs';

const PLAYWRIGHTS = '/home/u/.cache/ms-playwright/chromium-1/chrome';
const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('takes $CHROMIUM_PATH first, then the system Chromium, then Playwright’s own', () => {
    const all = only('/opt/c', SYSTEM_CHROMIUM, PLAYWRIGHTS);
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/c' }, exists: all, playwrightPath: PLAYWRIGHTS })).toBe('/opt/c');
    expect(findChromium({ env: {}, exists: all, playwrightPath: PLAYWRIGHTS })).toBe(SYSTEM_CHROMIUM);
    expect(findChromium({ env: { CHROMIUM_PATH: '/missing' }, exists: only(PLAYWRIGHTS), playwrightPath: PLAYWRIGHTS })).toBe(PLAYWRIGHTS);
    expect(findChromium({ env: {}, exists: only(), playwrightPath: PLAYWRIGHTS })).toBeNull();
    expect(findChromium({ env: {}, exists: only(), playwrightPath: null })).toBeNull();
  });
});

describe('ensureChromium (the pretest step)', () => {
  const run = (found: (string | null)[], installs: boolean) => {
    const lines: string[] = [];
    const failures: string[] = [];
    let installCalls = 0;
    const code = ensureChromium({
      find: () => found.shift() ?? null,
      install: () => {
        installCalls++;
        return installs;
      },
      log: (line) => lines.push(line),
      fail: (line) => failures.push(line),
    });
    return { code, lines, failures, installCalls };
  };

  it('passes without installing when a browser is there', () => {
    expect(run([SYSTEM_CHROMIUM], true)).toMatchObject({ code: 0, installCalls: 0, failures: [] });
  });

  it('installs Playwright’s Chromium when there is none, then passes', () => {
    expect(run([null, PLAYWRIGHTS], true)).toMatchObject({ code: 0, installCalls: 1, failures: [] });
  });

  it('when the install fails too, prints the one line to run and fails', () => {
    const result = run([null, null], false);
    expect(result.code).toBe(1);
    expect(result.installCalls).toBe(1);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain(`Run: ${INSTALL_LINE}`);
  });

  it('runs as a script and exits 0 on this machine', () => {
    const script = fileURLToPath(new URL('../../findChromium.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Tests run in Chromium at /);
  });
});
