/**
 * The guard for unsaved work when the window closes or reloads. It is wired
 * to the stores, not to React, so it keeps answering after a render error has
 * replaced the app with the render-error screen.
 */
import type { JourneyboardApi } from '../../../electron/ipc-contract';
import type { DocumentStore } from '../../state/documentStore';
import type { FileSession } from '../fileSession';

export interface CloseGuard {
  /** Asks about unsaved work, then reloads the window unless the user cancels. */
  reload(): Promise<void>;
}

export function installCloseGuard(api: JourneyboardApi, session: FileSession, store: DocumentStore): CloseGuard {
  let unloadApproved = false;
  api.onCloseRequested(() => void session.requestClose());
  window.addEventListener('beforeunload', (event) => {
    // Outside Electron (the e2e harness) this is the only close guard; in Electron it backs up the main process's.
    if (store.isDirty && !unloadApproved) event.preventDefault();
  });
  return {
    async reload() {
      if (!(await session.confirmDiscard())) return;
      unloadApproved = true;
      window.location.reload();
    },
  };
}
