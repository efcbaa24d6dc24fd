/**
 * The life of the open file: new, open, save, save as, close. It talks to the
 * OS only through the preload API, and it never writes to a file that failed
 * to load: a failed open leaves the current document and its path untouched.
 */
import type { TFunction } from 'i18next';
import type { DiskChange, DraftOutcome, FileError, FileStamp, JourneyboardApi, OpenedFile, SaveOutcome } from '../../electron/ipc-contract';
import { type AppStamp, parseCjm, serializeCjm } from '../model/cjmFormat';
import { CURRENT_SCHEMA_VERSION } from '../model/migrations';
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
  readonly newDocument: () => CjmDocument;
  /** Called after the document was replaced (new or open), e.g. to reset selection and fit the view. */
  readonly onReplaced: () => void;
  /** The window closes without saving: the autosaved draft of this map goes too. */
  readonly discardDraft: () => Promise<void>;
}

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

  windowTitle(): string {
    const dirty = this.deps.store.isDirty ? '• ' : '';
    return `${dirty}${this.info.name} — ${this.deps.app.name}`;
  }

  /** Keeps the window title and the close guard in step with the document. */
  syncWindowState(): void {
    const state = { title: this.windowTitle(), dirty: this.deps.store.isDirty };
    const key = JSON.stringify(state);
    if (key === this.lastSentState) return;
    this.lastSentState = key;
    document.title = state.title;
    void this.deps.api.setDocumentState(state);
  }

  /** Resolves true when it is fine to replace or close the current document. */
  async confirmDiscard(): Promise<boolean> {
    if (!this.deps.store.isDirty) return true;
    const choice = await this.deps.api.askUnsavedChanges({ documentName: this.info.name });
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return this.save();
  }

  async newMap(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    this.deps.store.replace(this.deps.newDocument());
    this.setInfo({ path: null, name: this.deps.t('file.untitled'), stamp: null, diskChange: null });
    this.deps.onReplaced();
  }

  async open(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    this.deps.messages.setBusy(this.deps.t('file.opening'));
    try {
      const outcome = await this.deps.api.openFile();
      if (outcome.kind === 'opened') this.load(outcome.file);
      else if (outcome.kind === 'error') this.showFileError('openError.title', outcome.error, outcome.name);
    } finally {
      this.deps.messages.setBusy(null);
    }
  }

  /** A map from the recent list (the start screen). */
  async openRecent(path: string): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const outcome = await this.deps.api.openRecent({ path });
    if (outcome.kind === 'opened') this.load(outcome.file);
    else if (outcome.kind === 'error') this.showFileError('openError.title', outcome.error, outcome.name);
  }

  /** A file handed over by the OS (double-click, argv, a second launch). */
  async openFromOs(file: OpenedFile): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    this.load(file);
  }

  /** Parses and shows a file; on any error the current document stays as it was. */
  load(file: OpenedFile): boolean {
    const parsed = parseCjm(file.text);
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
    this.deps.onReplaced();
    return true;
  }

  save(): Promise<boolean> {
    this.saving ??= this.saveNow().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private async saveNow(): Promise<boolean> {
    const { path, stamp } = this.info;
    if (path === null) return this.saveAs();
    return this.withBusy(async () => {
      const revision = this.deps.store.currentRevision;
      const text = this.serialize();
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

  async saveAs(): Promise<boolean> {
    return this.withBusy(() => this.saveAsNow(this.serialize(), this.deps.store.currentRevision));
  }

  async requestClose(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    // Still dirty here means Don't Save: an explicit discard, so no recovery offer at the next start.
    if (this.deps.store.isDirty) await this.deps.discardDraft();
    await this.deps.api.closeWindow();
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

  private serialize(): string {
    return serializeCjm(this.deps.store.getDocument(), this.deps.app);
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
    const parsed = parseCjm(draft.text);
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
    if (watched) void this.deps.api.watchFile({ path: info.path, base: info.stamp });
    this.syncWindowState();
    for (const listener of this.listeners) listener();
  }
}
