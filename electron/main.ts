/**
 * App lifecycle: one instance, one main window, `.cjm` files handed over by the
 * OS, and quitting without losing unsaved work.
 */
import { app, dialog, session, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileError } from './ipc-contract';
import { createMainI18n } from './i18n';
import { createElectronDialogs } from './ipc/electronDialogs';
import type { InvokeContext } from './ipc/ports';
import { registerIpcHandlers } from './ipc/registerIpc';
import { documentPathsInArgv } from './launchArgs';
import { installApplicationMenu } from './menu/applicationMenu';
import { createElectronPreferenceStore } from './preferences/electronPreferenceStore';
import type { PreferenceStore } from './preferences/preferences';
import { applySessionPolicy, lockDownWebContents } from './security/sessionPolicy';
import type { RendererOrigin } from './security/trust';
import { createMainServices, type MainServices } from './services';
import { createRendererDialogs } from './rendererDialogs';
import { createMainWindow, type MainWindow } from './window';
import { type AudienceWindow, createAudienceWindow, electronDisplays, watchDisplays } from './present/audienceWindow';
import { PresentationController } from './present/presentation';

const origin: RendererOrigin = {
  indexPath: fileURLToPath(new URL('../renderer/index.html', import.meta.url)),
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};

if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  // English until the preferences are readable at 'ready'; nothing is shown before that.
  const i18n = createMainI18n();
  const { t } = i18n;
  // Files named before the services exist: argv, and macOS open-file, which fires before 'ready'.
  const pendingPaths = documentPathsInArgv(process.argv, process.cwd());
  let ready: { services: MainServices; preferences: PreferenceStore } | null = null;
  let mainWindow: { window: MainWindow; context: InvokeContext; audience: AudienceWindow; audienceContext: InvokeContext } | null = null;
  // Set when a quit waits for the renderer to deal with unsaved work.
  let quitWhenClosed = false;

  function openMainWindow(preferences: PreferenceStore): MainWindow {
    if (mainWindow) {
      const { browserWindow } = mainWindow.window;
      if (browserWindow.isMinimized()) browserWindow.restore();
      browserWindow.focus();
      return mainWindow.window;
    }
    const window = createMainWindow({
      origin,
      preferences,
      // The user closed the window themselves, so a quit that was waiting is off.
      onCloseBlocked: () => {
        quitWhenClosed = false;
      },
      rendererDialogs: (browserWindow) => createRendererDialogs(browserWindow, t),
    });
    // The audience window (a second display while presenting) is this window's: it closes with it.
    const audience = createAudienceWindow(
      origin,
      () => presentation.audienceClosed(),
      () => window.browserWindow.focus(),
    );
    const presentation = new PresentationController({
      displays: electronDisplays(() => window.browserWindow),
      audience,
      toPresenter: (layout) => window.sendPresentLayout(layout),
    });
    const context: InvokeContext = { role: 'presenter', dialogs: createElectronDialogs(window.browserWindow, t), window: window.port, presentation };
    // dispatchInvoke refuses the audience role every channel but audienceReady before any port is reached.
    mainWindow = { window, context, audience, audienceContext: { ...context, role: 'audience' } };
    const unwatchDisplays = watchDisplays(() => presentation.displaysChanged());
    window.browserWindow.on('moved', () => presentation.displaysChanged());
    window.browserWindow.on('closed', () => {
      unwatchDisplays();
      presentation.stop();
      ready?.services.forgetWindow(window.port);
      mainWindow = null;
      if (quitWhenClosed) app.quit();
    });
    return window;
  }

  /** Exactly two windows are trusted: the main (presenter) window and its audience window, each with its own role. */
  const contextFor = (sender: WebContents): InvokeContext | null => {
    if (!mainWindow) return null;
    if (mainWindow.window.browserWindow.webContents === sender) return mainWindow.context;
    return mainWindow.audience.owns(sender) ? mainWindow.audienceContext : null;
  };

  /** `recent`: from File ▸ Open Recent; `reopen`: the last map at start, skipped quietly when it is gone. */
  async function openFromOs(path: string, from: 'os' | 'recent' | 'reopen' = 'os'): Promise<void> {
    if (!ready) {
      pendingPaths.push(path);
      return;
    }
    const window = openMainWindow(ready.preferences);
    const { documents } = ready.services;
    const outcome = await (from === 'os' ? documents.openPath(path) : documents.openRecent(path));
    if (from === 'reopen' && outcome.kind === 'error' && outcome.error.code === 'notFound') return;
    if (outcome.kind === 'opened') window.sendOpenedFile(outcome.file);
    else if (outcome.kind === 'error') await showOpenFailed(window, path, outcome.error);
  }

  async function showOpenFailed(window: MainWindow, path: string, error: FileError): Promise<void> {
    await dialog.showMessageBox(window.browserWindow, {
      type: 'error',
      title: t('dialog.openFailed.title'),
      message: t('dialog.openFailed.message', { name: basename(path) }),
      detail: error.detail,
      buttons: [t('dialog.openFailed.ok')],
    });
  }

  lockDownWebContents(app);

  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFromOs(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (ready) openMainWindow(ready.preferences);
    for (const path of documentPathsInArgv(argv, workingDirectory)) void openFromOs(path);
  });

  app.on('before-quit', (event) => {
    if (!mainWindow?.window.isDirty()) return;
    event.preventDefault();
    quitWhenClosed = true;
    mainWindow.window.requestClose();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    const preferences = createElectronPreferenceStore();
    const installMenu = () =>
      installApplicationMenu(
        {
          platform: process.platform,
          isPackaged: app.isPackaged,
          t,
          recent: services.recent.list(),
          reopenLastMap: preferences.get('reopenLastMap'),
          language: services.language.current(),
        },
        {
          sendCommand: (command) => openMainWindow(preferences).sendMenuCommand(command),
          openRecent: (path) => void openFromOs(path, 'recent'),
          clearRecent: () => services.recent.clear(),
          setReopenLast: (on) => preferences.set('reopenLastMap', on),
          chooseLanguage: (language) => services.language.set(language),
        },
      );
    const services = createMainServices({
      preferences,
      defaultFolder: app.getPath('documents'),
      userDataFolder: app.getPath('userData'),
      systemLocales: () => [...app.getPreferredSystemLanguages(), app.getLocale()],
      onRecentChanged: (added) => {
        if (added) app.addRecentDocument(added);
        else if (services.recent.list().length === 0) app.clearRecentDocuments();
        installMenu();
      },
    });
    ready = { services, preferences };
    applySessionPolicy(session.defaultSession, origin);
    registerIpcHandlers({ handlers: services.handlers, origin, contextFor });
    // One path for a switch from the menu or from the renderer: main's strings, the menu, then the renderer.
    services.language.subscribe((language) => {
      i18n.changeLanguage(language);
      installMenu();
      mainWindow?.window.sendLanguageChanged(language);
    });
    i18n.changeLanguage(services.language.current());
    installMenu();
    app.on('activate', () => openMainWindow(preferences));
    openMainWindow(preferences);
    // With nothing named on the command line, the last map comes back (a preference, on by default).
    const reopen = pendingPaths.length === 0 ? services.recent.lastToReopen() : null;
    if (reopen) void openFromOs(reopen, 'reopen');
    for (const path of pendingPaths.splice(0)) void openFromOs(path);
  });
}
