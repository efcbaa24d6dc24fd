/**
 * Builds the plain-Node services behind the IPC channels. main.ts and the e2e
 * bridge both call this, so the tests exercise the app's real file handling.
 */
import { join } from 'node:path';
import { createDraftService, type DraftService } from './drafts/draftService';
import { createDraftStore } from './drafts/draftStore';
import { createBlessedPaths, type BlessedPaths } from './files/blessedPaths';
import { createFileService, nodeFsPort, type FileService, type FileServiceOptions } from './files/fileService';
import { createFileWatch, nodeWatchPorts, type FileWatch, type WatchPorts } from './files/fileWatcher';
import { createRecentFiles, type RecentFiles } from './files/recentFiles';
import { createDocumentService, type DocumentService } from './ipc/documentService';
import { createInvokeHandlers, type InvokeHandlers } from './ipc/invokeHandlers';
import { createShareService, type ShareService } from './ipc/shareService';
import { createLanguageSetting, type LanguageSetting } from './languageSetting';
import type { InvokeContext, WindowPort } from './ipc/ports';
import type { PreferenceStore } from './preferences/preferences';

export interface MainServices {
  readonly files: FileService;
  readonly blessed: BlessedPaths;
  readonly documents: DocumentService;
  readonly language: LanguageSetting;
  readonly share: ShareService;
  readonly drafts: DraftService;
  readonly recent: RecentFiles;
  readonly handlers: InvokeHandlers;
  /** Stops watching for a window that closed. */
  forgetWindow(window: WindowPort): void;
}

export function createMainServices(options: {
  readonly preferences: PreferenceStore;
  readonly defaultFolder: string;
  /** The app's user-data folder: drafts go to its `recovery` folder, the facilitator's own templates to `templates`. */
  readonly userDataFolder: string;
  readonly now?: () => number;
  /** The OS's preferred locale tags, best first; English when none is given. */
  readonly systemLocales?: () => readonly string[];
  readonly fileOptions?: FileServiceOptions;
  readonly watchPorts?: WatchPorts;
  /** A path was added to the recent list (for the OS's recent documents), or the list changed (null). */
  readonly onRecentChanged?: (added: string | null) => void;
}): MainServices {
  const now = options.now ?? Date.now;
  const files = createFileService(options.fileOptions);
  const blessed = createBlessedPaths();
  const recent = createRecentFiles(options.preferences, options.onRecentChanged);
  const watches = new Map<WindowPort, FileWatch>();
  const documents = createDocumentService({
    files,
    blessed,
    recent,
    preferences: options.preferences,
    defaultFolder: options.defaultFolder,
    onKnownVersion: (path, stamp) => {
      for (const watch of watches.values()) watch.known(path, stamp);
    },
  });
  const share = createShareService({
    files,
    preferences: options.preferences,
    defaultFolder: options.defaultFolder,
    // The facilitator's own templates live under the user-data folder.
    templatesFolder: join(options.userDataFolder, 'templates'),
  });
  const language = createLanguageSetting({ preferences: options.preferences, systemLocales: options.systemLocales ?? (() => []) });
  const draftStore = createDraftStore({
    folder: join(options.userDataFolder, 'recovery'),
    files,
    fs: options.fileOptions?.fs ?? nodeFsPort,
    now,
  });
  const drafts = createDraftService({ drafts: draftStore, files, blessed, documents, now });
  const watchFor = ({ window }: InvokeContext): FileWatch => {
    let watch = watches.get(window);
    if (!watch) {
      watch = createFileWatch(files, options.watchPorts ?? nodeWatchPorts, (change) => window.notifyDiskChange(change));
      watches.set(window, watch);
    }
    return watch;
  };
  return {
    files,
    blessed,
    documents,
    drafts,
    recent,
    language,
    share,
    handlers: createInvokeHandlers({ documents, files, drafts, recent, watchFor, blessed, language, share }),
    forgetWindow: (window) => {
      watches.get(window)?.dispose();
      watches.delete(window);
    },
  };
}
