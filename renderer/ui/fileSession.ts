/**
 * The life of the open file: new, open, save, save as, close. It talks to the
 * OS only through the preload API, and it never writes to a file that failed
 * to load: a failed open leaves the current document and its path untouched.
 *
 * Over 300 lines on purpose: every operation here (new, open, recent, reload,
 * recovery, save, save as, save a copy, close) updates the same record of the
 * open file, its path and the version on disk, and each reports its own
 * failure; split apart, they would each need that record handed round.
 */
import type { TFunction } from 'i18next';
import { type DiskChange, type DraftOutcome, type FileError, type FileStamp, type JourneyboardApi, MAX_DOCUMENT_BYTES, type OpenedFile, type SaveOutcome } from '../../electron/ipc-contract';
import { type AppStamp, parseCjm, type Repair } from '../model/cjmFormat';
import { CURRENT_SCHEMA_VERSION } from '../model/migrations';
import { savableText, type SaveProblem } from '../model/savable';
import type { CjmDocument } from '../model/types';
import type { DocumentStore } from '../state/documentStore';
import type { Messages } from './messages';
import { parseErrorMessage } from './parseErrorMessage';

export interface SessionInfo {
  /** null until the map has been saved or was opened from disk. */
  readonly path: string | null;
  readonly name: string;
  /** The version on disk this map was read from or last saved as; saves compare against it. */
  readonly stamp: FileStamp | null;
  /** The file changed or vanished on disk and the user has not yet chosen Reload or Keep mine. */
  readonly diskChange: DiskChange['kind'] | null;
}

export interface FileSessionDeps {
  readonly api: JourneyboardApi;
  readonly store: DocumentStore;
  readonly messages: Messages;
  readonly t: TFunction;
  readonly app: AppStamp;
  /** The app's language: it replaces a map locale that Intl would refuse. */
  readonly appLocale: () => string;
  readonly newDocument: () => CjmDocument;
  /** Called after the document was replaced (new or open), e.g. to reset selection and fit the view. */
  readonly onReplaced: () => void;
  /** The window closes without saving: the autosaved draft of this map goes too. */
  readonly discardDraft: () => Promise<void>;
}

/** Title and message keys for a file operation that failed in an unexpected way. */
const FAILURE_MESSAGES = {
  new: ['file.newFailedTitle', 'file.newFailed'],
  open: ['openError.failedTitle', 'openError.unexpected'],
  save: ['saveError.title', 'saveError.unexpected'],
  close: ['file.closeFailedTitle', 'file.closeFailed'],
} as const;

export class FileSession {
  private info: SessionInfo;
  /** The save under way, if any: a second Ctrl+S waits for it instead of racing it into a false conflict. */
  private saving: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();
  private lastSentState = '';

  constructor(private readonly deps: FileSessionDeps) {
    this.info = { path: null, name: deps.t('file.untitled'), stamp: null, diskChange: null };
    deps.store.subscribe(() => this.syncWindowState());
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): SessionInfo => this.info;

  /** The one name the window title and the status bar both show, so they never disagree. */
  documentName(): string {
    return this.info.name;
  }

  windowTitle(): string {
    const dirty = this.deps.store.isDirty ? '• ' : '';
    return `${dirty}${this.documentName()} — ${this.deps.app.name}`;
  }

  /** Keeps the window title and the close guard in step with the document. */
  syncWindowState(): void {
    const state = { title: this.windowTitle(), dirty: this.deps.store.isDirty };
    const key = JSON.stringify(state);
    if (key === this.lastSentState) return;
    this.lastSentState = key;
    document.title = state.title;
    // The main process's close guard knows about unsaved work only through this call.
    this.deps.api.setDocumentState(state).catch((error: unknown) => {
      this.lastSentState = '';
      this.deps.messages.error(this.deps.t('file.stateFailedTitle'), this.deps.t('file.stateFailed'), [error instanceof Error ? error.message : String(error)]);
    });
  }

  /** Resolves true when it is fine to replace or close the current document. */
  async confirmDiscard(): Promise<boolean> {
    // Under the participant lock nothing replaces or closes the map: no recent file, no reload, no Don't Save.
    if (this.deps.store.participantLock) return this.deps.store.refuse('replaceMap');
    if (!this.deps.store.isDirty) return true;
    const choice = await this.deps.api.askUnsavedChanges({ documentName: this.info.name });
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return this.save();
  }

  /** After a language switch: a map never saved is called "Untitled map" in the new language. */
  renameUntitled(): void {
    if (this.info.path === null) this.setInfo({ ...this.info, name: this.deps.t('file.untitled') });
  }

  /** A new untitled map: the default one, or `document` (a map made from a template). */
  newMap(document?: CjmDocument): Promise<void> {
    return this.reportingFailure('new', async () => {
      if (!(await this.confirmDiscard())) return;
      this.deps.store.replace(document ?? this.deps.newDocument());
      this.setInfo({ path: null, name: this.deps.t('file.untitled'), stamp: null, diskChange: null });
      this.deps.onReplaced();
    });
  }

  open(): Promise<void> {
    return this.reportingFailure('open', async () => {
      if (!(await this.confirmDiscard())) return;
      this.deps.messages.setBusy(this.deps.t('file.opening'));
      try {
        const outcome = await this.deps.api.openFile();
        if (outcome.kind === 'opened') this.load(outcome.file);
        else if (outcome.kind === 'error') this.showFileError('openError.title', outcome.error, outcome.name);
      } finally {
        this.deps.messages.setBusy(null);
      }
    });
  }

  /** A map from the recent list (the start screen). */
  openRecent(path: string): Promise<void> {
    return this.reportingFailure('open', async () => {
      if (!(await this.confirmDiscard())) return;
      const outcome = await this.deps.api.openRecent({ path });
      if (outcome.kind === 'opened') this.load(outcome.file);
      else if (outcome.kind === 'error') this.showFileError('openError.title', outcome.error, outcome.name);
    });
  }

  /** A file handed over by the OS (double-click, argv, a second launch). */
  openFromOs(file: OpenedFile): Promise<void> {
    return this.reportingFailure('open', async () => {
      if (await this.confirmDiscard()) this.load(file);
    });
  }

  /** Parses and shows a file; on any error the current document stays as it was. */
  load(file: OpenedFile): boolean {
    const parsed = parseCjm(file.text, { fallbackLocale: this.deps.appLocale() });
    if (!parsed.ok) {
      const message = parseErrorMessage(parsed.error, file.name, this.deps.t);
      this.deps.messages.error(message.title, message.message, message.details);
      return false;
    }
    this.deps.store.replace(parsed.value.document);
    this.setInfo({ path: file.path, name: file.name, stamp: file.stamp, diskChange: null });
    if (parsed.value.fileSchemaVersion > CURRENT_SCHEMA_VERSION) {
      this.deps.messages.notice(this.deps.t('file.newerSchema'));
    }
    for (const repair of parsed.value.repairs) this.deps.messages.notice(this.repairNotice(repair));
    this.deps.onReplaced();
    return true;
  }

  /** Resolves false, after saying why, whenever the map was not saved; it never rejects. */
  save(): Promise<boolean> {
    this.saving ??= this.reportingFailure('save', () => this.saveNow(), false).finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private async saveNow(): Promise<boolean> {
    const { path, stamp } = this.info;
    if (path === null) return this.saveAs();
    return this.withBusy(async () => {
      const revision = this.deps.store.currentRevision;
      const text = this.textToSave();
      if (text === null) return false;
      let outcome = await this.deps.api.saveFile({ path, text, base: stamp, overwriteConflict: false });
      if (outcome.kind === 'conflict') {
        const choice = await this.deps.api.askConflict({ documentName: this.info.name, deleted: outcome.deleted });
        if (choice === 'cancel') return false;
        if (choice === 'saveAs') return this.saveAsNow(text, revision);
        outcome = await this.deps.api.saveFile({ path, text, base: stamp, overwriteConflict: true });
      }
      return this.afterSave(outcome, revision);
    });
  }

  /** Like save, it resolves false after saying why, and never rejects. */
  saveAs(): Promise<boolean> {
    const work = () =>
      this.withBusy(async () => {
        const revision = this.deps.store.currentRevision;
        const text = this.textToSave();
        return text !== null && this.saveAsNow(text, revision);
      });
    return this.reportingFailure('save', work, false);
  }

  /**
   * Writes the map to another file the user picks, leaving the open file, its
   * path and the unsaved marker as they were: the way out when saving in place
   * is what fails. Resolves false after saying why when nothing was written.
   */
  saveCopy(): Promise<boolean> {
    const work = () =>
      this.withBusy(async () => {
        const text = this.textToSave();
        if (text === null) return false;
        const base = this.info.name.replace(/\.cjm$/i, '');
        const outcome = await this.deps.api.saveFileAs({ suggestedName: this.deps.t('file.copyName', { name: base }), text });
        if (outcome.kind === 'saved') this.deps.messages.notice(this.deps.t('file.copySaved', { name: outcome.name }));
        else if (outcome.kind === 'error') this.showFileError('saveError.title', outcome.error, this.info.name);
        return outcome.kind === 'saved';
      });
    return this.reportingFailure('save', work, false);
  }

  requestClose(): Promise<void> {
    return this.reportingFailure('close', async () => {
      if (!(await this.confirmDiscard())) return;
      // Still dirty here means Don't Save: an explicit discard, so no recovery offer at the next start.
      if (this.deps.store.isDirty) await this.deps.discardDraft();
      await this.deps.api.closeWindow();
    });
  }

  private async saveAsNow(text: string, revision: number): Promise<boolean> {
    const suggestedName = this.info.path === null ? `${this.deps.store.getMap().title || this.info.name}.cjm` : this.info.name;
    return this.afterSave(await this.deps.api.saveFileAs({ suggestedName, text }), revision);
  }

  private afterSave(outcome: SaveOutcome, revision: number): boolean {
    switch (outcome.kind) {
      case 'saved':
        this.setInfo({ path: outcome.path, name: outcome.name, stamp: outcome.stamp, diskChange: null });
        this.deps.store.markSaved(revision);
        if (outcome.backupFailed !== null) this.deps.messages.notice(this.deps.t('file.backupFailed', { name: outcome.name }));
        return true;
      case 'canceled':
        return false;
      case 'conflict':
        this.deps.messages.error(this.deps.t('saveError.title', { name: this.info.name }), this.deps.t('saveError.conflict'));
        return false;
      case 'error':
        this.showFileError('saveError.title', outcome.error, this.info.name);
        return false;
    }
  }

  /** The file's text, or null after telling the user why this map cannot be written. */
  private textToSave(): string | null {
    const result = savableText(this.deps.store.getDocument(), this.deps.app, MAX_DOCUMENT_BYTES);
    if (result.ok) return result.value;
    const { message, details } = this.saveProblemMessage(result.error);
    this.deps.messages.error(this.deps.t('saveError.title', { name: this.info.name }), message, details);
    return null;
  }

  private saveProblemMessage(problem: SaveProblem): { message: string; details: readonly string[] } {
    const t = this.deps.t;
    switch (problem.kind) {
      case 'tooLarge':
        return { message: t('saveError.tooLarge', { size: problem.bytes / 2 ** 20, limit: problem.maxBytes / 2 ** 20 }), details: [] };
      case 'tooDeep':
        return { message: t('saveError.tooDeep'), details: [problem.path] };
      case 'unreadable':
        return { message: t('saveError.unreadable'), details: parseErrorMessage(problem.error, this.info.name, t).details };
    }
  }

  private repairNotice(repair: Repair): string {
    return this.deps.t('file.localeRepaired', { from: repair.from, to: repair.to });
  }

  /**
   * Runs a file operation and turns anything it throws (a refused IPC call, a
   * bug) into a message, so no failure the user could notice passes silently.
   */
  private async reportingFailure<T>(operation: keyof typeof FAILURE_MESSAGES, work: () => Promise<T>, onFailure?: T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.reportFailure(operation, error);
      return onFailure as T;
    }
  }

  /** Says that a file operation failed in an unexpected way (a refused IPC call, a bug). */
  reportFailure(operation: keyof typeof FAILURE_MESSAGES, error: unknown): void {
    const [titleKey, messageKey] = FAILURE_MESSAGES[operation];
    this.deps.messages.error(this.deps.t(titleKey, { name: this.info.name }), this.deps.t(messageKey), [error instanceof Error ? error.message : String(error)]);
  }

  showFileError(titleKey: string, error: FileError, name: string): void {
    // A picked file that is not a .cjm gets the same words as a .cjm that holds no map.
    const message = error.code === 'notDocument' ? 'openError.notCjm' : `fileError.${error.code}`;
    this.deps.messages.error(this.deps.t(titleKey, { name }), this.deps.t(message), [error.detail]);
  }

  private async withBusy<T>(work: () => Promise<T>): Promise<T> {
    this.deps.messages.setBusy(this.deps.t('file.saving'));
    try {
      return await work();
    } finally {
      this.deps.messages.setBusy(null);
    }
  }

  /** Another program changed, replaced or deleted the open file: the bar offers Reload or Keep mine. */
  diskChanged(change: DiskChange): void {
    if (change.path !== this.info.path) return;
    this.setInfo({ ...this.info, diskChange: change.kind });
  }

  /** Keep mine: the bar goes; the version on record stays, so the next save asks before overwriting. */
  keepMine(): void {
    this.setInfo({ ...this.info, diskChange: null });
  }

  /** Reload: the file as it is on disk now replaces the map (after asking about unsaved work). */
  async reloadFromDisk(): Promise<void> {
    if (this.info.path !== null) await this.openRecent(this.info.path);
  }

  /** A recovered draft: unsaved work for its original path (or none), edited from `base`. */
  loadRecovered(draft: Extract<DraftOutcome, { kind: 'recovered' }>): boolean {
    const name = draft.name ?? this.deps.t('file.untitled');
    const parsed = parseCjm(draft.text, { fallbackLocale: this.deps.appLocale() });
    if (!parsed.ok) {
      const message = parseErrorMessage(parsed.error, name, this.deps.t);
      this.deps.messages.error(message.title, message.message, message.details);
      return false;
    }
    this.deps.store.replace(parsed.value.document, { unsaved: true });
    this.setInfo({ path: draft.path, name, stamp: draft.base, diskChange: null });
    this.deps.onReplaced();
    return true;
  }

  private setInfo(info: SessionInfo): void {
    const watched = this.info.path !== info.path || this.info.stamp !== info.stamp;
    this.info = info;
    // The main process watches the open file against the version we hold.
    if (watched) {
      this.deps.api.watchFile({ path: info.path, base: info.stamp }).catch(() => {
        this.deps.messages.notice(this.deps.t('file.watchFailed', { name: info.name }));
      });
    }
    this.syncWindowState();
    for (const listener of this.listeners) listener();
  }
}
