/**
 * The audience window in Electron: a second BrowserWindow with the main
 * window's secure preferences, showing the same renderer in its read-only
 * audience view (`#audience`), full screen on the display presentation.ts
 * chose. Everything it decides is in presentation.ts and displayPlacement.ts;
 * this file only drives BrowserWindow and `screen`. No Electron binary runs in
 * the tests, so keep it this thin.
 */
import { BrowserWindow, type Display, screen, type WebContents } from 'electron';
import { AUDIENCE_HASH, EVENT_CHANNELS } from '../ipc-contract';
import type { RendererOrigin } from '../security/trust';
import { secureWebPreferences } from '../window';
import type { DisplayInfo, Rect } from './displayPlacement';
import type { AudienceWindowPort, DisplaySource } from './presentation';

export interface AudienceWindow extends AudienceWindowPort {
  /** Is `sender` this window's renderer? (The main process trusts it for `audienceReady` only.) */
  owns(sender: WebContents): boolean;
}

/**
 * `keepKeys` gives the keyboard back to the presenter window: the room's view
 * has nothing to type into, and a click on it must not leave the clicker's
 * keys going to a read-only window.
 */
export function createAudienceWindow(origin: RendererOrigin, onClosedByOs: () => void, keepKeys: () => void): AudienceWindow {
  let window: BrowserWindow | null = null;
  let closing = false;

  const place = (target: BrowserWindow, bounds: Rect) => {
    // Leave full screen first: a full-screen window ignores new bounds on some platforms.
    target.setFullScreen(false);
    target.setBounds(bounds);
    target.setFullScreen(true);
  };

  return {
    open(bounds) {
      if (window) return place(window, bounds);
      const created = new BrowserWindow({
        ...bounds,
        show: false,
        frame: false,
        autoHideMenuBar: true,
        backgroundColor: '#000000',
        webPreferences: secureWebPreferences(),
      });
      window = created;
      created.removeMenu();
      created.on('page-title-updated', (event) => event.preventDefault());
      created.on('focus', keepKeys);
      created.once('ready-to-show', () => {
        place(created, bounds);
        // The laptop keeps the keyboard: the clicker's keys go to the presenter.
        created.showInactive();
      });
      created.on('closed', () => {
        window = null;
        if (!closing) onClosedByOs();
        closing = false;
      });
      if (origin.devServerUrl) void created.loadURL(`${origin.devServerUrl}#${AUDIENCE_HASH}`);
      else void created.loadFile(origin.indexPath, { hash: AUDIENCE_HASH });
    },
    move(bounds) {
      if (window) place(window, bounds);
    },
    close() {
      if (!window) return;
      closing = true;
      window.close();
    },
    // An update sent while the page loads may be lost; the page asks with audienceReady once it listens and gets the latest then.
    send(update) {
      if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNELS.audienceUpdate, update);
    },
    owns: (sender) => window !== null && !window.isDestroyed() && window.webContents === sender,
  };
}

const toInfo = (display: Display): DisplayInfo => ({
  id: display.id,
  bounds: display.bounds,
  workArea: display.workArea,
  internal: display.internal,
});

/** The OS's displays through Electron's `screen`, and the display the presenter window is on. */
export function electronDisplays(presenter: () => BrowserWindow | null): DisplaySource {
  return {
    displays: () => screen.getAllDisplays().map(toInfo),
    presenterDisplayId: () => {
      const window = presenter();
      return window && !window.isDestroyed() ? screen.getDisplayMatching(window.getBounds()).id : null;
    },
  };
}

/** Calls `changed` on every display event; returns the unsubscribe. */
export function watchDisplays(changed: () => void): () => void {
  const events = ['display-added', 'display-removed', 'display-metrics-changed'] as const;
  for (const event of events) screen.on(event as 'display-added', changed);
  return () => {
    for (const event of events) screen.off(event as 'display-added', changed);
  };
}
