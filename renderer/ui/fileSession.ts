/**
 * The life of the open file: new, open, save, save as, close. It talks to the
 * OS only through the preload API, and it never writes to a file that failed
 * to load: a failed open leaves the current document and its path untouched.
 */
import type { TFunction } from 'i18next';
import type { FileError, JourneyboardApi, OpenedFile, SaveOutcome } from '../../electron/ipc-contract';
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
  readonly mtimeMs: number | null;
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
}

export class FileSession {
  private info: SessionInfo;
  /** The save under way, if any: a second Ctrl+S waits for it instead of racing it into a false conflict. */
  private saving: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();
  private lastSentState = '';

  constructor(private readonly deps: FileSessionDeps) {
    this.info = { path: null, name: deps.t('file.untitled'), mtimeMs: null };
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

  /** After a language switch: a map never saved is called "Untitled map" in the new language. */
  renameUntitled(): void {
    if (this.info.path === null) this.setInfo({ ...this.info, name: this.deps.t('file.untitled') });
  }

  async newMap(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    this.deps.store.replace(this.deps.newDocument());
    this.setInfo({ path: null, name: this.deps.t('file.untitled'), mtimeMs: null });
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
    this.setInfo({ path: file.path, name: file.name, mtimeMs: file.mtimeMs });
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
    const { path, mtimeMs } = this.info;
    if (path === null) return this.saveAs();
    return this.withBusy(async () => {
      const revision = this.deps.store.currentRevision;
      const text = this.serialize();
      let outcome = await this.deps.api.saveFile({ path, text, baseMtimeMs: mtimeMs, overwriteConflict: false });
      if (outcome.kind === 'conflict') {
        const choice = await this.deps.api.askConflict({ documentName: this.info.name });
        if (choice === 'cancel') return false;
        if (choice === 'saveAs') return this.saveAsNow(text, revision);
        outcome = await this.deps.api.saveFile({ path, text, baseMtimeMs: mtimeMs, overwriteConflict: true });
      }
      return this.afterSave(outcome, revision);
    });
  }

  async saveAs(): Promise<boolean> {
    return this.withBusy(() => this.saveAsNow(this.serialize(), this.deps.store.currentRevision));
  }

  async requestClose(): Promise<void> {
    if (await this.confirmDiscard()) await this.deps.api.closeWindow();
  }

  private async saveAsNow(text: string, revision: number): Promise<boolean> {
    const suggestedName = this.info.path === null ? `${this.deps.store.getMap().title || this.info.name}.cjm` : this.info.name;
    return this.afterSave(await this.deps.api.saveFileAs({ suggestedName, text }), revision);
  }

  private afterSave(outcome: SaveOutcome, revision: number): boolean {
    switch (outcome.kind) {
      case 'saved':
        this.setInfo({ path: outcome.path, name: outcome.name, mtimeMs: outcome.mtimeMs });
        this.deps.store.markSaved(revision);
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

  private showFileError(titleKey: string, error: FileError, name: string): void {
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

  private setInfo(info: SessionInfo): void {
    this.info = info;
    this.syncWindowState();
    for (const listener of this.listeners) listener();
  }
}
