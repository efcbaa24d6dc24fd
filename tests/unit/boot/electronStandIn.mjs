/**
 * A stand-in for the `electron` module (a third-party module: the Electron
 * binary cannot be downloaded here), for the boot test of the built main
 * bundle. It records what the app asks of Electron; once the app is up it
 * plays the OS and the renderer a little (requests, IPC calls from trusted
 * and untrusted frames, a navigation), records the answers, writes the record
 * as JSON to $BOOT_REPORT and exits.
 *
 * Members it does not know are recorded under `missing` instead of throwing
 * in a confusing place: the test fails on them with their names, so a new
 * Electron call in the app is added here on purpose.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const record = { calls: [], missing: [], windows: [], sent: [], handled: [], menu: null, probes: {}, session: {} };
const note = (what, data = {}) => record.calls.push({ what, ...data });
const userData = process.env.BOOT_USER_DATA;

/** Records unknown members instead of letting them be undefined. */
function known(name, target) {
  return new Proxy(target, {
    get(object, key) {
      if (key in object || typeof key === 'symbol' || key === 'then' || key === 'toJSON') return object[key];
      record.missing.push(`${name}.${String(key)}`);
      return () => undefined;
    },
  });
}

class Emitter {
  listeners = new Map();
  on(name, listener) {
    if (!this.listeners.has(name)) this.listeners.set(name, []);
    this.listeners.get(name).push(listener);
    return this;
  }
  once(name, listener) {
    return this.on(name, listener);
  }
  emit(name, ...args) {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
  events() {
    return [...this.listeners.keys()].sort();
  }
}

const event = () => {
  const e = { prevented: false, preventDefault: () => (e.prevented = true) };
  return e;
};

let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));

class App extends Emitter {
  isPackaged = true;
  name = 'Journeyboard';
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock');
    return true;
  }
  quit() {
    note('app.quit');
  }
  whenReady() {
    return ready;
  }
  getPath(name) {
    return join(userData, name);
  }
  getVersion() {
    return '0.1.0';
  }
  getPreferredSystemLanguages() {
    return ['en-US'];
  }
  getLocale() {
    return 'en-US';
  }
  addRecentDocument(path) {
    note('app.addRecentDocument', { path });
  }
  clearRecentDocuments() {
    note('app.clearRecentDocuments');
  }
}
export const app = known('app', new App());

class WebContents extends Emitter {
  windowOpenHandler = null;
  send(channel, payload) {
    record.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  reload() {
    note('webContents.reload');
  }
  forcefullyCrashRenderer() {
    note('webContents.forcefullyCrashRenderer');
  }
}

const windows = [];
export class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.title = '';
    windows.push(this);
    record.windows.push({ options });
    // Electron announces every new web contents on the app.
    app.emit('web-contents-created', event(), this.webContents);
    return known('BrowserWindow', this);
  }
  static getAllWindows() {
    return windows;
  }
  loadFile(path) {
    record.windows.at(-1).loadFile = path;
    this.finishLoading();
    return Promise.resolve();
  }
  loadURL(url) {
    record.windows.at(-1).loadURL = url;
    this.finishLoading();
    return Promise.resolve();
  }
  finishLoading() {
    setTimeout(() => {
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    }, 5);
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
  setTitle(title) {
    this.title = title;
    note('window.setTitle', { title });
  }
  setDocumentEdited(edited) {
    note('window.setDocumentEdited', { edited });
  }
  close() {
    note('window.close');
  }
}

// One display; display-added / display-removed are listened to (presenting follows them) and never fire here.
const displayEvents = new Emitter();
export const screen = known('screen', {
  getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, internal: true }],
  getDisplayMatching: () => ({ id: 1 }),
  on: (name, listener) => displayEvents.on(name, listener),
  off: () => undefined,
});

export const dialog = known('dialog', {
  showMessageBox: async (_window, options) => {
    note('dialog.showMessageBox', { message: options.message });
    return { response: options.cancelId ?? 0 };
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
});

/** Keeps a menu template as data: click handlers become `click: true`. */
const menuData = (items) =>
  items.map(({ click, submenu, ...item }) => ({ ...item, ...(click ? { click: true } : {}), ...(submenu ? { submenu: menuData(submenu) } : {}) }));

export const Menu = known('Menu', {
  buildFromTemplate: (template) => ({ template: menuData(template) }),
  setApplicationMenu: (menu) => (record.menu = menu.template),
});

const handlers = new Map();
export const ipcMain = known('ipcMain', {
  handle: (channel, handler) => {
    record.handled.push(channel);
    handlers.set(channel, handler);
  },
  on: (channel) => note('ipcMain.on', { channel }),
});

const webRequest = { beforeRequest: null, headersReceived: null };
export const session = known('session', {
  defaultSession: known('session.defaultSession', {
    setPermissionRequestHandler: (handler) => (record.session.permissionRequest = typeof handler),
    setPermissionCheckHandler: (handler) => (record.session.permissionCheck = typeof handler),
    setSpellCheckerEnabled: (enabled) => (record.session.spellCheckerEnabled = enabled),
    setSpellCheckerDictionaryDownloadURL: (url) => (record.session.dictionaryDownloadURL = url),
    webRequest: {
      onBeforeRequest: (listener) => (webRequest.beforeRequest = listener),
      onHeadersReceived: (listener) => (webRequest.headersReceived = listener),
    },
  }),
});

export const shell = known('shell', { openPath: async () => '' });

export default { app, BrowserWindow, screen, dialog, Menu, ipcMain, session, shell };

/* ---------- once the app is up: play the OS and the renderer ---------- */

const call = async (work) => {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error) };
  }
};

async function probe() {
  const window = windows[0];
  const probes = record.probes;
  if (!window) return;
  const contents = window.webContents;
  probes.windowEvents = window.events();
  probes.contentsEvents = contents.events();

  const requested = (url) => {
    let answer = null;
    webRequest.beforeRequest?.({ url }, (response) => (answer = response));
    return answer;
  };
  const indexUrl = pathToFileURL(record.windows[0].loadFile ?? '').href;
  probes.requests = Object.fromEntries(
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', 'https://example.com/', 'ws://127.0.0.1:9/', indexUrl].map((url) => [url, requested(url)]),
  );
  webRequest.headersReceived?.({ responseHeaders: {} }, (response) => (probes.headers = response.responseHeaders));

  // IPC: every channel refuses strangers; the window's own top frame gets through.
  const trusted = { senderFrame: { url: indexUrl, parent: null }, sender: contents };
  const strangers = {
    otherUrl: { senderFrame: { url: 'https://evil.example/', parent: null }, sender: contents },
    subframe: { senderFrame: { url: indexUrl, parent: {} }, sender: contents },
    otherWindow: { senderFrame: { url: indexUrl, parent: null }, sender: new WebContents() },
    noFrame: { senderFrame: null, sender: contents },
  };
  probes.strangers = {};
  for (const [channel, handler] of handlers) {
    probes.strangers[channel] = {};
    for (const [name, stranger] of Object.entries(strangers)) probes.strangers[channel][name] = await call(() => handler(stranger, {}));
  }
  probes.trustedSetState = await call(() => handlers.get('invoke:setDocumentState')?.(trusted, { title: '• Boot — Journeyboard', dirty: true }));
  probes.trustedBadArgs = await call(() => handlers.get('invoke:setDocumentState')?.(trusted, { title: 42 }));
  probes.titleAfter = window.title;

  // The close guard: a dirty window asks the renderer instead of closing.
  const close = event();
  window.emit('close', close);
  probes.closeWhileDirty = { prevented: close.prevented, asked: record.sent.some((s) => s.channel === 'event:closeRequested') };

  const navigate = event();
  contents.emit('will-navigate', navigate, 'https://example.com/');
  probes.navigationPrevented = navigate.prevented;
  probes.windowOpen = contents.windowOpenHandler?.({ url: 'https://example.com/' }) ?? null;
}

function finish() {
  writeFileSync(process.env.BOOT_REPORT, JSON.stringify(record, null, 2));
  process.exit(0);
}

// Ready a moment after the bundle has loaded, as Electron would be.
setTimeout(() => readyResolve(), 20);
void ready.then(async () => {
  // Wait for the window to load and the file from argv to arrive (or give up after 3 s).
  const start = Date.now();
  while (!record.sent.some((s) => s.channel === 'event:openedFile') && Date.now() - start < 3000) await new Promise((r) => setTimeout(r, 20));
  await probe();
  finish();
});
