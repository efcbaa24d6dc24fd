/**
 * Opening and saving maps, in plain Node: the IPC handlers and the e2e bridge
 * both call this, with the dialogs injected as a DialogPort.
 *
 * Every path that reaches the disk is blessed first: either the user picked it
 * (a dialog here, or argv / open-file / a second instance via `openPath`) or it
 * was blessed earlier. `save` refuses anything else.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { FileStamp, JourneyboardApi, OpenOutcome, SaveOutcome } from '../ipc-contract';
import { isDocumentPath, DOCUMENT_EXTENSION, type BlessedPaths } from '../files/blessedPaths';
import { toFileError } from '../files/fileErrors';
import type { FileService, WriteGuard } from '../files/fileService';
import type { RecentFiles } from '../files/recentFiles';
import { askSaveTarget, cleanFileName } from '../files/saveTarget';
import type { PreferenceStore } from '../preferences/preferences';
import type { DialogPort } from './ports';

export type SaveFileArgs = Parameters<JourneyboardApi['saveFile']>[0];
export type SaveFileAsArgs = Parameters<JourneyboardApi['saveFileAs']>[0];

export interface DocumentService {
  /** Opens a path the user gave the OS (argv, open-file, a second instance), blessing it. */
  openPath(path: string): Promise<OpenOutcome>;
  openWithDialog(dialogs: DialogPort): Promise<OpenOutcome>;
  /** Saves to a path blessed earlier; refuses any other with `notAllowed`. */
  save(args: SaveFileArgs): Promise<SaveOutcome>;
  saveAs(args: SaveFileAsArgs, dialogs: DialogPort): Promise<SaveOutcome>;
  /** Opens a map from the recent list; any other path is refused with `notAllowed`. */
  openRecent(path: string): Promise<OpenOutcome>;
}

export interface DocumentServiceDeps {
  readonly files: FileService;
  readonly blessed: BlessedPaths;
  readonly preferences: PreferenceStore;
  /** Where dialogs start before the user has picked any folder, e.g. Documents. */
  readonly defaultFolder: string;
  readonly recent: RecentFiles;
  /** Told of every version we read or wrote, so the watcher never takes our own write for a foreign one. */
  readonly onKnownVersion?: (path: string, stamp: FileStamp) => void;
}

const CANCELED = { kind: 'canceled' } as const;

const notAllowed = (path: string) =>
  ({ kind: 'error', error: { code: 'notAllowed', detail: `${path} was not chosen by the user` } }) as const;

/** Turns the renderer's suggestion into a bare file name: it must not steer the dialog elsewhere. */
export function suggestedFileName(suggestion: string): string {
  const name = cleanFileName(suggestion);
  if (!name) return '';
  return isDocumentPath(name) ? name : `${name}${DOCUMENT_EXTENSION}`;
}

export function createDocumentService({
  files,
  blessed,
  preferences,
  defaultFolder,
  recent,
  onKnownVersion = () => {},
}: DocumentServiceDeps): DocumentService {
  const startFolder = () => preferences.get('lastFolder') ?? defaultFolder;

  async function read(path: string): Promise<OpenOutcome> {
    try {
      const { text, stamp } = await files.readDocument(path);
      preferences.set('lastFolder', dirname(path));
      recent.add(path);
      onKnownVersion(path, stamp);
      return { kind: 'opened', file: { path, name: basename(path), text, stamp } };
    } catch (error) {
      return { kind: 'error', error: toFileError(error), name: basename(path) };
    }
  }

  /** The user may type any name into the Open dialog; only maps are read. */
  const openPicked = (path: string): Promise<OpenOutcome> | OpenOutcome => {
    const blessedPath = blessed.bless(path);
    if (blessedPath) return read(blessedPath);
    return isDocumentPath(path)
      ? { ...notAllowed(path), name: basename(path) }
      : { kind: 'error', error: { code: 'notDocument', detail: path }, name: basename(path) };
  };

  async function write(path: string, text: string, guard: WriteGuard): Promise<SaveOutcome> {
    try {
      const result = await files.writeDocument(path, text, guard);
      if (result.kind === 'conflict') return { kind: 'conflict', deleted: result.disk === null };
      recent.add(path);
      onKnownVersion(path, result.stamp);
      return { kind: 'saved', path, name: basename(path), stamp: result.stamp, backupFailed: result.backupFailed };
    } catch (error) {
      return { kind: 'error', error: toFileError(error) };
    }
  }

  function chooseSaveTarget(dialogs: DialogPort, suggestion: string): Promise<string | null> {
    const name = suggestedFileName(suggestion);
    return askSaveTarget({
      ask: (defaultPath) => dialogs.chooseDocumentToSave(defaultPath),
      defaultPath: name ? join(startFolder(), name) : startFolder(),
      extension: DOCUMENT_EXTENSION,
      exists: (path) => files.exists(path),
    });
  }

  return {
    async openPath(path) {
      return openPicked(path);
    },

    async openWithDialog(dialogs) {
      const picked = await dialogs.chooseDocumentToOpen(startFolder());
      return picked === null ? CANCELED : openPicked(picked);
    },

    async save({ path, text, base, overwriteConflict }) {
      if (!blessed.isBlessed(path)) return notAllowed(path);
      // Exactly the normalized path the check approved: the OS would resolve `link/..` through the link.
      return write(resolve(path), text, { base, overwriteConflict });
    },

    async openRecent(path) {
      // The open file itself may be reopened too (Reload after a change on disk).
      if (!recent.has(path) && !blessed.isBlessed(path)) return { ...notAllowed(path), name: basename(path) };
      const outcome = await openPicked(resolve(path));
      if (outcome.kind === 'error' && outcome.error.code === 'notFound') recent.remove(path);
      return outcome;
    },

    async saveAs({ suggestedName, text }, dialogs) {
      let picked: string | null;
      try {
        picked = await chooseSaveTarget(dialogs, suggestedName);
      } catch (error) {
        return { kind: 'error', error: toFileError(error) };
      }
      if (picked === null) return CANCELED;
      const path = blessed.bless(picked);
      if (!path) return notAllowed(picked);
      // The user chose this file in the dialog, which already asked about replacing it.
      const outcome = await write(path, text, { base: null, overwriteConflict: true });
      if (outcome.kind === 'saved') preferences.set('lastFolder', dirname(path));
      return outcome;
    },
  };
}
