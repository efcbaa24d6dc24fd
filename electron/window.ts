/**
 * The main window: secure web preferences, remembered placement, the close
 * guard for unsaved work, and events held back until the renderer has loaded.
 */
import { app, BrowserWindow, screen, type WebPreferences } from 'electron';
import { fileURLToPath } from 'node:url';
import { EVENT_CHANNELS, type Language, type MenuCommand, type OpenedFile, type PresentLayout } from './ipc-contract';
import type { WindowPort } from './ipc/ports';
import { restoreWindowPlacement, type PreferenceStore } from './preferences/preferences';
import { type RendererDialogs, watchRenderer } from './rendererHealth';
import type { RendererOrigin } from './security/trust';

const FALLBACK_SIZE = { width: 1280, height: 800 };

export interface MainWindow {
  readonly browserWindow: BrowserWindow;
  readonly port: WindowPort;
  isDirty(): boolean;
  /** Lets the renderer deal with unsaved work; it answers by calling closeWindow(). */
  requestClose(): void;
  sendMenuCommand(command: MenuCommand): void;
  sendOpenedFile(file: OpenedFile): void;
  sendLanguageChanged(language: Language): void;
  /** A display came or went while presenting. */
  sendPresentLayout(layout: PresentLayout): void;
}

export interface MainWindowOptions {
  readonly origin: RendererOrigin;
  readonly preferences: PreferenceStore;
  /** The user tried to close the window while it held unsaved work. */
  readonly onCloseBlocked: () => void;
  /** What to ask when the renderer crashes or hangs. */
  readonly rendererDialogs: (window: BrowserWindow) => RendererDialogs;
}

/** Every window of ours runs the renderer with these: isolated, sandboxed, no Node. */
export function secureWebPreferences(): WebPreferences {
  return {
    preload: fileURLToPath(new URL('../preload/preload.cjs', import.meta.url)),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    devTools: !app.isPackaged,
    // The spell checker would download dictionaries (sessionPolicy.ts turns it off for the session too).
    spellcheck: false,
  };
}

export function createMainWindow({ origin, preferences, onCloseBlocked, rendererDialogs }: MainWindowOptions): MainWindow {
  const placement = restoreWindowPlacement(
    preferences.get('windowBounds'),
    screen.getAllDisplays().map((display) => display.workArea),
    FALLBACK_SIZE,
  );
  const browserWindow = new BrowserWindow({
    ...placement,
    minWidth: 720,
    minHeight: 480,
    title: app.name,
    show: false,
    webPreferences: secureWebPreferences(),
  });
  browserWindow.once('ready-to-show', () => {
    if (preferences.get('windowMaximized')) browserWindow.maximize();
    browserWindow.show();
  });
  // The renderer names the window through setDocumentState, not <title>.
  browserWindow.on('page-title-updated', (event) => event.preventDefault());

  const contents = browserWindow.webContents;
  let loaded = false;
  const pending: Array<[channel: string, payload: unknown]> = [];
  const send = (channel: string, payload?: unknown) => {
    if (loaded) contents.send(channel, payload);
    else pending.push([channel, payload]);
  };
  let closeApproved = false;
  // Once the renderer has dealt with unsaved work and asked to close, its own
  // beforeunload guard (there for the browser) must not keep the window open.
  contents.on('will-prevent-unload', (event) => {
    if (closeApproved) event.preventDefault();
  });
  contents.on('did-finish-load', () => {
    loaded = true;
    for (const [channel, payload] of pending.splice(0)) contents.send(channel, payload);
  });

  let dirty = false;
  const requestClose = () => {
    if (browserWindow.isMinimized()) browserWindow.restore();
    browserWindow.focus();
    send(EVENT_CHANNELS.closeRequested);
  };
  browserWindow.on('close', (event) => {
    if (dirty && !closeApproved) {
      event.preventDefault();
      onCloseBlocked();
      requestClose();
      return;
    }
    const { x, y, width, height } = browserWindow.getNormalBounds();
    preferences.set('windowBounds', {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
    });
    preferences.set('windowMaximized', browserWindow.isMaximized());
  });

  watchRenderer(
    {
      onGone: (listener) =>
        contents.on('render-process-gone', (_event, details) => {
          // The unsaved work died with the renderer (its draft survives), so closing must not wait for it.
          dirty = false;
          listener(details.reason);
        }),
      onUnresponsive: (listener) => browserWindow.on('unresponsive', listener),
      onResponsive: (listener) => browserWindow.on('responsive', listener),
      reload: () => contents.reload(),
      restart: () => {
        contents.forcefullyCrashRenderer();
        contents.reload();
      },
      close: () => {
        closeApproved = true;
        browserWindow.close();
      },
    },
    rendererDialogs(browserWindow),
  );

  if (origin.devServerUrl) void browserWindow.loadURL(origin.devServerUrl);
  else void browserWindow.loadFile(origin.indexPath);

  return {
    browserWindow,
    port: {
      setDocumentState(state) {
        dirty = state.dirty;
        browserWindow.setTitle(state.title);
        browserWindow.setDocumentEdited(state.dirty);
      },
      close() {
        closeApproved = true;
        browserWindow.close();
      },
      notifyDiskChange: (change) => send(EVENT_CHANNELS.diskChanged, change),
      setFullScreen(on) {
        const was = browserWindow.isFullScreen();
        browserWindow.setFullScreen(on);
        return was;
      },
      print: ({ landscape }) =>
        new Promise((resolve) => {
          // The dialog is Electron's own; the page's print styles decide what is on the paper.
          contents.print({ silent: false, printBackground: true, landscape }, (success, failureReason) => {
            if (success) resolve({ kind: 'printed' });
            else if (failureReason === 'Print job canceled') resolve({ kind: 'canceled' });
            else resolve({ kind: 'failed', reason: failureReason });
          });
        }),
    },
    isDirty: () => dirty,
    requestClose,
    sendMenuCommand: (command) => send(EVENT_CHANNELS.menuCommand, command),
    sendOpenedFile: (file) => send(EVENT_CHANNELS.openedFile, file),
    sendLanguageChanged: (language) => send(EVENT_CHANNELS.languageChanged, language),
    sendPresentLayout: (layout) => send(EVENT_CHANNELS.presentLayout, layout),
  };
}
