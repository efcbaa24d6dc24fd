/**
 * App lifecycle: one instance, one main window, `.cjm` files handed over by the
 * OS, and quitting without losing unsaved work.
 */
import { app, dialog, session, type WebContents } from 'electron';
import { basename } from 'node:path';
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
import { createMainWindow, type MainWindow } from './window';

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
  let mainWindow: { window: MainWindow; context: InvokeContext } | null = null;
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
    });
    mainWindow = { window, context: { dialogs: createElectronDialogs(window.browserWindow, t), window: window.port } };
    window.browserWindow.on('closed', () => {
      mainWindow = null;
      if (quitWhenClosed) app.quit();
    });
    return window;
  }

  const contextFor = (sender: WebContents): InvokeContext | null =>
    mainWindow && mainWindow.window.browserWindow.webContents === sender ? mainWindow.context : null;

  async function openFromOs(path: string): Promise<void> {
    if (!ready) {
      pendingPaths.push(path);
      return;
    }
    const window = openMainWindow(ready.preferences);
    const outcome = await ready.services.documents.openPath(path);
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

  lockDownWebContents();

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
    const services = createMainServices({
      preferences,
      defaultFolder: app.getPath('documents'),
      systemLocales: () => [...app.getPreferredSystemLanguages(), app.getLocale()],
    });
    ready = { services, preferences };
    applySessionPolicy(session.defaultSession, origin);
    registerIpcHandlers({ handlers: services.handlers, origin, contextFor });
    const installMenu = () =>
      installApplicationMenu(
        { platform: process.platform, isPackaged: app.isPackaged, t, language: services.language.current() },
        {
          sendCommand: (command) => openMainWindow(preferences).sendMenuCommand(command),
          chooseLanguage: (language) => services.language.set(language),
        },
      );
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
    for (const path of pendingPaths.splice(0)) void openFromOs(path);
  });
}
