/**
 * The BUILT main bundle (out/main/main.js) boots in plain Node under a
 * stand-in `electron` module (electronStandIn.mjs: Electron is a third-party
 * module whose binary cannot be downloaded here). Needs `npm run build` first;
 * `npm test` builds before this layer.
 *
 * It checks that the app starts, takes the single-instance lock, opens the
 * .cjm named in argv, makes a secure window under the CSP and the network
 * block, registers every IPC channel of the contract behind sender checks,
 * and builds the menu. A missing module or a broken import fails it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENU_COMMANDS, MENU_ACCELERATORS } from '../../../electron/ipc-contract';
import { INVOKE_CHANNELS } from '../../../electron/ipc/invokeHandlers';
import { DICTIONARY_DOWNLOAD_URL } from '../../../electron/security/sessionPolicy';
import { contentSecurityPolicy } from '../../../electron/security/trust';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = join(ROOT, 'out');
const REGISTER = fileURLToPath(new URL('./registerStandIn.mjs', import.meta.url));
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'minimal.cjm');

interface BootRecord {
  readonly calls: Array<{ what: string; [key: string]: unknown }>;
  readonly missing: string[];
  readonly windows: Array<{ options: { webPreferences: Record<string, unknown> } & Record<string, unknown>; loadFile?: string; loadURL?: string }>;
  readonly sent: Array<{ channel: string; payload: unknown }>;
  readonly handled: string[];
  readonly menu: MenuItem[] | null;
  readonly session: Record<string, unknown>;
  readonly probes: Record<string, unknown> & {
    requests: Record<string, { cancel: boolean } | null>;
    headers: Record<string, string[]>;
    strangers: Record<string, Record<string, { ok: boolean; error?: string }>>;
  };
}
interface MenuItem {
  readonly label?: string;
  readonly accelerator?: string;
  readonly click?: true;
  readonly submenu?: MenuItem[];
}

type Boot = { ok: true; record: BootRecord } | { ok: false; status: number | null; stderr: string };

/** Runs `main` in a child Node with the stand-in, `argv` after it, in a fresh user-data folder. */
function boot(main: string, argv: readonly string[], work: string): Boot {
  const report = join(work, 'report.json');
  const userData = join(work, 'userData');
  mkdirSync(userData, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, BOOT_REPORT: report, BOOT_USER_DATA: userData };
  delete env.ELECTRON_RENDERER_URL;
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(REGISTER).href, main, ...argv], { cwd: work, env, encoding: 'utf8', timeout: 30_000 });
  if (child.status !== 0 || !existsSync(report)) return { ok: false, status: child.status, stderr: child.stderr };
  return { ok: true, record: JSON.parse(readFileSync(report, 'utf8')) as BootRecord };
}

const items = (menu: readonly MenuItem[]): MenuItem[] => menu.flatMap((item) => [item, ...items(item.submenu ?? [])]);

let work: string;
let record: BootRecord;

beforeAll(() => {
  expect(existsSync(join(OUT, 'main', 'main.js')), 'out/main/main.js exists: run `npm run build` first').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'journeyboard-boot-'));
  const booted = boot(join(OUT, 'main', 'main.js'), [FIXTURE], work);
  if (!booted.ok) throw new Error(`the main bundle did not boot (exit ${booted.status}):\n${booted.stderr}`);
  record = booted.record;
}, 40_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built main process under a stand-in Electron', () => {
  it('uses only Electron members the stand-in knows', () => {
    expect(record.missing, 'add these to tests/unit/boot/electronStandIn.mjs').toEqual([]);
  });

  it('takes the single-instance lock and does not quit', () => {
    const names = record.calls.map((c) => c.what);
    expect(names).toContain('app.requestSingleInstanceLock');
    expect(names).not.toContain('app.quit');
  });

  it('opens the .cjm named in argv and sends it to the window once it has loaded', () => {
    const opened = record.sent.filter((s) => s.channel === 'event:openedFile');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.payload).toMatchObject({ path: FIXTURE, name: 'minimal.cjm', text: readFileSync(FIXTURE, 'utf8') });
  });

  it('creates one window with the secure web preferences, loading the built renderer', () => {
    expect(record.windows).toHaveLength(1);
    const [window] = record.windows;
    // Stated here on their own, not imported: this is what the window must have.
    const secure = { contextIsolation: true, sandbox: true, webSecurity: true, nodeIntegration: false, nodeIntegrationInSubFrames: false };
    expect(window!.options.webPreferences).toMatchObject({ ...secure, allowRunningInsecureContent: false, devTools: false, spellcheck: false });
    expect(existsSync(window!.options.webPreferences.preload as string), 'the preload the window names exists').toBe(true);
    expect(window!.loadFile).toBe(join(OUT, 'renderer', 'index.html'));
    expect(existsSync(window!.loadFile!)).toBe(true);
  });

  it('blocks the network, the dictionary download included, lets the renderer load, and sets the CSP', () => {
    const indexUrl = pathToFileURL(join(OUT, 'renderer', 'index.html')).href;
    expect(record.probes.requests).toEqual({
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic': { cancel: true },
      'https://example.com/': { cancel: true },
      'ws://127.0.0.1:9/': { cancel: true },
      [indexUrl]: { cancel: false },
    });
    expect(record.session).toMatchObject({ spellCheckerEnabled: false, dictionaryDownloadURL: DICTIONARY_DOWNLOAD_URL, permissionRequest: 'function', permissionCheck: 'function' });
    expect(record.probes.headers).toEqual({
      'Content-Security-Policy': [contentSecurityPolicy({ indexPath: join(OUT, 'renderer', 'index.html'), devServerUrl: undefined })],
    });
    expect(record.probes.navigationPrevented).toBe(true);
    expect(record.probes.windowOpen).toEqual({ action: 'deny' });
  });

  it('watches the renderer for crashes and hangs, and guards closing with unsaved work', () => {
    expect(record.probes.contentsEvents).toEqual(expect.arrayContaining(['render-process-gone', 'did-finish-load', 'will-prevent-unload']));
    expect(record.probes.windowEvents).toEqual(expect.arrayContaining(['unresponsive', 'responsive', 'close']));
    expect(record.probes.closeWhileDirty).toEqual({ prevented: true, asked: true });
  });

  it('registers every invoke channel of the contract, each refusing other pages, subframes and windows', () => {
    expect([...record.handled].sort()).toEqual(INVOKE_CHANNELS.map((channel) => `invoke:${channel}`).sort());
    for (const [channel, strangers] of Object.entries(record.probes.strangers)) {
      for (const [stranger, outcome] of Object.entries(strangers)) {
        expect(outcome, `${channel} from ${stranger}`).toEqual({ ok: false, error: expect.stringMatching(/^Refused /) });
      }
    }
  });

  it('answers the window’s own top frame, after checking the arguments', () => {
    expect(record.probes.trustedSetState).toEqual({ ok: true });
    expect(record.probes.titleAfter).toBe('• Boot — Journeyboard');
    expect(record.probes.trustedBadArgs).toEqual({ ok: false, error: expect.stringContaining('Invalid arguments for setDocumentState') });
  });

  it('builds the application menu with every menu command and its accelerator', () => {
    expect(record.menu).not.toBeNull();
    const all = items(record.menu!);
    const accelerators = new Set(all.filter((item) => item.click).map((item) => item.accelerator));
    for (const command of MENU_COMMANDS) expect(accelerators, command).toContain(MENU_ACCELERATORS[command]);
  });
});

describe('a main bundle with a broken import', () => {
  it('fails to boot, naming the missing module', () => {
    // A copy of the bundle beside the real renderer and preload, with one import pointing nowhere.
    const copy = join(work, 'broken');
    mkdirSync(join(copy, 'main'), { recursive: true });
    symlinkSync(join(OUT, 'renderer'), join(copy, 'renderer'));
    symlinkSync(join(OUT, 'preload'), join(copy, 'preload'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const bundle = readFileSync(join(OUT, 'main', 'main.js'), 'utf8');
    expect(bundle).toContain('from "zod"');
    writeFileSync(join(copy, 'main', 'main.js'), bundle.replace('from "zod"', 'from "zod-that-is-not-installed"'));
    // The intact copy boots: the failure below is the import's.
    copyFileSync(join(OUT, 'main', 'main.js'), join(copy, 'main', 'intact.js'));
    expect(boot(join(copy, 'main', 'intact.js'), [], join(work, 'intact')).ok).toBe(true);

    const broken = boot(join(copy, 'main', 'main.js'), [], join(work, 'brokenRun'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.stderr).toContain("Cannot find package 'zod-that-is-not-installed'");
  }, 60_000);
});
