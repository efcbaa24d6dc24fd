/**
 * What the IPC handlers need from the outside world. In the app these are
 * native dialogs and a BrowserWindow (electronDialogs.ts, window.ts); the e2e
 * bridge, running in plain Node, passes fakes whose answers the test chooses.
 */
import type { ConflictChoice, DiskChange, ExportKind, PrintOutcome, UnsavedChoice } from '../ipc-contract';
import type { PresentationController, WindowRole } from '../present/presentation';

export interface DialogPort {
  /** The chosen file, or null when the user cancelled. */
  chooseDocumentToOpen(defaultFolder: string): Promise<string | null>;
  /** The chosen file, or null when the user cancelled. The dialog itself confirms replacing a file. */
  chooseDocumentToSave(defaultPath: string): Promise<string | null>;
  chooseImage(): Promise<string | null>;
  askUnsavedChanges(documentName: string): Promise<UnsavedChoice>;
  askConflict(documentName: string, deleted: boolean): Promise<ConflictChoice>;
  /** Sharing: where to write an export (null: cancelled; the dialog confirms replacing a file). */
  chooseExportTarget(defaultPath: string, kind: ExportKind): Promise<string | null>;
  /** Sharing: the CSV to import, or null when the user cancelled. */
  chooseCsvToOpen(defaultFolder: string): Promise<string | null>;
}

export interface WindowPort {
  setDocumentState(state: { readonly title: string; readonly dirty: boolean }): void;
  /** Closes without asking: the renderer has already dealt with unsaved work. */
  close(): void;
  /** The file this window watches changed on disk. */
  notifyDiskChange(change: DiskChange): void;
  /** Enters or leaves full screen; returns whether the window was full-screen before. */
  setFullScreen(on: boolean): boolean;
  /** Electron's print dialog for this window's page; resolves once the user printed or cancelled. */
  print(options: { readonly landscape: boolean }): Promise<PrintOutcome>;
}

/**
 * What each invoke call may touch: the sender's own window and dialogs parented
 * to it, and the presentation it takes part in. `role` decides which channels
 * the sender may call at all (presentation.ts, `mayInvoke`).
 */
export interface InvokeContext {
  readonly role: WindowRole;
  readonly dialogs: DialogPort;
  readonly window: WindowPort;
  readonly presentation: PresentationController;
}
