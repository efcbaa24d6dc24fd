import Conf from 'conf';
import type { ConflictChoice, DiskChange, ExportKind, UnsavedChoice } from '../../../electron/ipc-contract';
import type { DialogPort, InvokeContext, WindowPort } from '../../../electron/ipc/ports';
import { type DisplaySource, PresentationController } from '../../../electron/present/presentation';
import { createPreferenceStore } from '../../../electron/preferences/keyValuePreferenceStore';
import type { PreferenceStore } from '../../../electron/preferences/preferences';

/** The OS dialogs, answering from queues the test fills; records what each dialog was shown. */
export class FakeDialogs implements DialogPort {
  readonly openAnswers: Array<string | null> = [];
  readonly saveAnswers: Array<string | null> = [];
  readonly imageAnswers: Array<string | null> = [];
  readonly exportAnswers: Array<string | null> = [];
  readonly csvAnswers: Array<string | null> = [];
  unsavedAnswer: UnsavedChoice = 'cancel';
  conflictAnswer: ConflictChoice = 'cancel';
  readonly shown: string[] = [];

  async chooseDocumentToOpen(defaultFolder: string) {
    this.shown.push(`open in ${defaultFolder}`);
    return this.next(this.openAnswers);
  }
  async chooseDocumentToSave(defaultPath: string) {
    this.shown.push(`save as ${defaultPath}`);
    return this.next(this.saveAnswers);
  }
  async chooseImage() {
    this.shown.push('image');
    return this.next(this.imageAnswers);
  }
  async askUnsavedChanges(documentName: string) {
    this.shown.push(`unsaved ${documentName}`);
    return this.unsavedAnswer;
  }
  async askConflict(documentName: string) {
    this.shown.push(`conflict ${documentName}`);
    return this.conflictAnswer;
  }

  async chooseExportTarget(defaultPath: string, kind: ExportKind) {
    this.shown.push(`export ${kind} as ${defaultPath}`);
    return this.next(this.exportAnswers);
  }
  async chooseCsvToOpen(defaultFolder: string) {
    this.shown.push(`csv in ${defaultFolder}`);
    return this.next(this.csvAnswers);
  }

  private next(answers: Array<string | null>): string | null {
    if (answers.length === 0) throw new Error('The test did not expect this dialog');
    return answers.shift() ?? null;
  }
}

export class FakeWindow implements WindowPort {
  state: { title: string; dirty: boolean } | null = null;
  closed = false;
  setDocumentState(state: { title: string; dirty: boolean }) {
    this.state = { ...state };
  }
  close() {
    this.closed = true;
  }
  fullScreen = false;
  setFullScreen(on: boolean) {
    const was = this.fullScreen;
    this.fullScreen = on;
    return was;
  }
  readonly diskChanges: DiskChange[] = [];
  notifyDiskChange(change: DiskChange) {
    this.diskChanges.push(change);
  }
  readonly prints: Array<{ landscape: boolean }> = [];
  async print(options: { landscape: boolean }) {
    this.prints.push({ ...options });
    return { kind: 'printed' } as const;
  }
}

/** Preferences in a real conf file inside `folder`, as the e2e bridge would use them. */
export function confPreferences(folder: string): PreferenceStore {
  return createPreferenceStore(new Conf<Record<string, unknown>>({ cwd: folder, configName: 'preferences' }));
}

/** The laptop alone: one display, so presenting never opens an audience window. */
const LAPTOP_ONLY: DisplaySource = {
  displays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 }, workArea: { x: 0, y: 0, width: 1280, height: 770 }, internal: true }],
  presenterDisplayId: () => 1,
};

/** The main window's invoke context, as main.ts builds it, over fake dialogs and a fake window on a one-display laptop. */
export function presenterContext(dialogs: DialogPort, window: WindowPort): InvokeContext {
  const presentation = new PresentationController({
    displays: LAPTOP_ONLY,
    audience: { open: () => undefined, move: () => undefined, close: () => undefined, send: () => undefined },
    toPresenter: () => undefined,
  });
  return { role: 'presenter', dialogs, window, presentation };
}
