/**
 * The preload API for the e2e tests: `window.journeyboard`, exactly the
 * JourneyboardApi shape, backed by the REAL main-process services
 * (createMainServices + dispatchInvoke) running in the test process.
 *
 * Only the operating system is a stand-in: the file dialogs answer what the
 * test queued (the test plays the user picking a file) and the window records
 * its title and dirty flag. Every argument goes through `dispatchInvoke`, so it
 * is validated exactly as ipcMain's handlers validate it in the app.
 */
import type { Page } from '@playwright/test';
import Conf from 'conf';
import { join } from 'node:path';
import {
  API_GLOBAL,
  EVENT_CHANNELS,
  type ConflictChoice,
  type ExportKind,
  type DiskChange,
  type InvokeChannel,
  type MenuCommand,
  type OpenedFile,
  type PrintOutcome,
  type UnsavedChoice,
} from '../../electron/ipc-contract';
import { dispatchInvoke, INVOKE_CHANNELS } from '../../electron/ipc/invokeHandlers';
import type { DialogPort, InvokeContext, WindowPort } from '../../electron/ipc/ports';
import type { DisplayInfo, Rect } from '../../electron/present/displayPlacement';
import { PresentationController } from '../../electron/present/presentation';
import { createPreferenceStore } from '../../electron/preferences/keyValuePreferenceStore';
import { createMainServices, type MainServices } from '../../electron/services';

/** The laptop's own panel, where the presenter window is. */
export const LAPTOP_DISPLAY: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1280, height: 720 },
  workArea: { x: 0, y: 0, width: 1280, height: 720 },
  internal: true,
};
/** A projector to plug in; the audience page gets its size as its viewport. */
export const PROJECTOR_DISPLAY: DisplayInfo = {
  id: 2,
  bounds: { x: 1280, y: 0, width: 1280, height: 720 },
  workArea: { x: 1280, y: 0, width: 1280, height: 720 },
  internal: false,
};

/** Name of the page global the init script adds for delivering main → renderer events. */
const EMIT_GLOBAL = '__journeyboardBridgeEmit';
/** Prefix of the per-method bindings; the init script reads them at call time. */
const BINDING_PREFIX = '__journeyboardInvoke_';

/** Channels the preload calls without arguments: it sends none, whatever the caller passes. */
const NO_ARGUMENT_CHANNELS: readonly InvokeChannel[] = [
  'openFile',
  'importImage',
  'closeWindow',
  'getLanguage',
  'openCsv',
  'listUserTemplates',
  'listDrafts',
  'listRecent',
  'clearRecent',
  'startPresenting',
  'stopPresenting',
  'audienceReady',
];

export interface DialogRecord {
  readonly kind: 'open' | 'save' | 'image' | 'unsaved' | 'conflict' | 'export' | 'csv';
  /** The folder, suggested path or document name the dialog was shown with. */
  readonly shownWith: string;
}

export interface InvokeRecord {
  readonly channel: InvokeChannel;
  readonly args: readonly unknown[];
  readonly outcome: 'resolved' | 'rejected';
}

/** The OS dialogs. Each answer is used once; a dialog nobody expected is recorded and cancelled. */
class TestDialogs implements DialogPort {
  readonly openAnswers: Array<string | null> = [];
  readonly saveAnswers: Array<string | null> = [];
  readonly imageAnswers: Array<string | null> = [];
  readonly unsavedAnswers: UnsavedChoice[] = [];
  readonly conflictAnswers: ConflictChoice[] = [];
  readonly exportAnswers: Array<string | null> = [];
  readonly csvAnswers: Array<string | null> = [];
  readonly shown: DialogRecord[] = [];
  readonly unexpected: DialogRecord[] = [];

  async chooseDocumentToOpen(defaultFolder: string): Promise<string | null> {
    return this.answer({ kind: 'open', shownWith: defaultFolder }, this.openAnswers, null);
  }
  async chooseDocumentToSave(defaultPath: string): Promise<string | null> {
    return this.answer({ kind: 'save', shownWith: defaultPath }, this.saveAnswers, null);
  }
  async chooseImage(): Promise<string | null> {
    return this.answer({ kind: 'image', shownWith: '' }, this.imageAnswers, null);
  }
  async askUnsavedChanges(documentName: string): Promise<UnsavedChoice> {
    return this.answer({ kind: 'unsaved', shownWith: documentName }, this.unsavedAnswers, 'cancel');
  }
  async askConflict(documentName: string): Promise<ConflictChoice> {
    return this.answer({ kind: 'conflict', shownWith: documentName }, this.conflictAnswers, 'cancel');
  }

  async chooseExportTarget(defaultPath: string, _kind: ExportKind): Promise<string | null> {
    return this.answer({ kind: 'export', shownWith: defaultPath }, this.exportAnswers, null);
  }
  async chooseCsvToOpen(defaultFolder: string): Promise<string | null> {
    return this.answer({ kind: 'csv', shownWith: defaultFolder }, this.csvAnswers, null);
  }

  private answer<T>(record: DialogRecord, queue: T[], cancel: T): T {
    this.shown.push(record);
    if (queue.length === 0) {
      this.unexpected.push(record);
      return cancel;
    }
    return queue.shift() as T;
  }
}

/** The BrowserWindow: what the OS would show in the title bar, and whether it was closed. */
class TestWindow implements WindowPort {
  readonly states: Array<{ readonly title: string; readonly dirty: boolean }> = [];
  closed = false;
  /** Each print dialog the renderer asked for. No printer here: the test chooses what the dialog answers. */
  readonly prints: Array<{ readonly landscape: boolean }> = [];
  printAnswer: PrintOutcome = { kind: 'printed' };
  /** Runs while the print dialog would be open: the moment the page's print media is what goes to paper. */
  whilePrinting: (() => Promise<void>) | null = null;
  constructor(private readonly emitDiskChange: (change: DiskChange) => void) {}
  notifyDiskChange(change: DiskChange): void {
    this.emitDiskChange(change);
  }
  setDocumentState(state: { readonly title: string; readonly dirty: boolean }): void {
    this.states.push({ title: state.title, dirty: state.dirty });
  }
  close(): void {
    this.closed = true;
  }
  /** Present mode's requests, in order; the page itself never leaves its size. */
  readonly fullScreen: boolean[] = [];
  setFullScreen(on: boolean): boolean {
    const was = this.fullScreen.at(-1) ?? false;
    this.fullScreen.push(on);
    return was;
  }
  async print(options: { readonly landscape: boolean }): Promise<PrintOutcome> {
    this.prints.push({ landscape: options.landscape });
    await this.whilePrinting?.();
    return this.printAnswer;
  }
}

export class Bridge {
  readonly services: MainServices;
  readonly invokes: InvokeRecord[] = [];
  /** Errors thrown by a handler (including invalid arguments), in order. */
  readonly invokeErrors: string[] = [];
  private readonly dialogs = new TestDialogs();
  private readonly window = new TestWindow((change) => void this.emit(EVENT_CHANNELS.diskChanged, change).catch(() => undefined));
  private readonly context: InvokeContext;
  /** The displays the OS reports; the test plugs and unplugs with setDisplays. One (the laptop) unless a test says otherwise. */
  private displays: readonly DisplayInfo[] = [LAPTOP_DISPLAY];
  /** The audience window: a second page of the same browser context, opened and closed by the real presentation controller. */
  private audiencePage: Promise<Page> | null = null;

  private constructor(
    private readonly page: Page,
    readonly folder: string,
    /** The app's user-data folder (preferences, recovery drafts); pages that share it are one app's runs. */
    readonly userDataFolder: string,
  ) {
    const preferences = createPreferenceStore(
      new Conf<Record<string, unknown>>({ cwd: userDataFolder, configName: 'preferences', projectName: 'journeyboard-e2e' }),
    );
    this.services = createMainServices({ preferences, defaultFolder: folder, userDataFolder, systemLocales: () => ['en-US'] });
    // As main.ts builds it, with a second page standing in for the audience BrowserWindow.
    const presentation = new PresentationController({
      displays: { displays: () => this.displays, presenterDisplayId: () => LAPTOP_DISPLAY.id },
      audience: {
        open: (bounds) => {
          this.audiencePage = this.openAudiencePage(bounds);
        },
        move: (bounds) => void this.audiencePage?.then((audience) => audience.setViewportSize({ width: bounds.width, height: bounds.height })),
        close: () => {
          const closing = this.audiencePage;
          this.audiencePage = null;
          void closing?.then((audience) => audience.close());
        },
        send: (update) => void this.audiencePage?.then((audience) => Bridge.emitTo(audience, EVENT_CHANNELS.audienceUpdate, update)).catch(() => undefined),
      },
      toPresenter: (layout) => void this.emit(EVENT_CHANNELS.presentLayout, layout).catch(() => undefined),
    });
    this.context = { role: 'presenter', dialogs: this.dialogs, window: this.window, presentation };
    // As main.ts does: a language switch (here through setLanguage) reaches the renderer as an event.
    this.services.language.subscribe((language) => void this.emit(EVENT_CHANNELS.languageChanged, language));
  }

  /** Installs `window.journeyboard` in every document the page loads from now on. Call before `page.goto`. */
  static async install(page: Page, folder: string, userDataFolder = folder): Promise<Bridge> {
    const bridge = new Bridge(page, folder, userDataFolder);
    // Like main.ts when a window closes: its file watch stops.
    page.on('close', () => bridge.services.forgetWindow(bridge.window));
    // Like main.ts: the audience window goes with the main window.
    page.on('close', () => bridge.context.presentation.stop());
    await installApi(page, (channel, args) => bridge.invoke(channel, args, bridge.context));
    return bridge;
  }

  /* ---------- presenting: displays and the audience window ---------- */

  /** The OS reports these displays from now on, with a display-added / display-removed event. */
  setDisplays(displays: readonly DisplayInfo[]): void {
    this.displays = displays;
    this.context.presentation.displaysChanged();
  }

  /** The audience window's page once it has loaded, or null when none is open. */
  async audience(): Promise<Page | null> {
    return this.audiencePage;
  }

  private async openAudiencePage(bounds: Rect): Promise<Page> {
    const audience = await this.page.context().newPage();
    await audience.setViewportSize({ width: bounds.width, height: bounds.height });
    // The same preload API, but every call goes out with the audience role, as contextFor gives it in main.ts.
    const context: InvokeContext = { ...this.context, role: 'audience' };
    await installApi(audience, (channel, args) => this.invoke(channel, args, context));
    audience.on('pageerror', (error) => this.invokeErrors.push(`audience page: ${error.message}`));
    await audience.goto('./#audience');
    return audience;
  }

  /* ---------- the user answering dialogs ---------- */

  /** The file the user picks in the next Open dialog (null: cancel). */
  set nextOpenPath(path: string | null) {
    this.dialogs.openAnswers.push(path);
  }
  /** The file the user picks in the next Save dialog (null: cancel). */
  set nextSavePath(path: string | null) {
    this.dialogs.saveAnswers.push(path);
  }
  set nextImagePath(path: string | null) {
    this.dialogs.imageAnswers.push(path);
  }
  set nextUnsavedAnswer(choice: UnsavedChoice) {
    this.dialogs.unsavedAnswers.push(choice);
  }
  set nextConflictAnswer(choice: ConflictChoice) {
    this.dialogs.conflictAnswers.push(choice);
  }
  /** The file the user picks in the next export Save dialog (null: cancel). */
  set nextExportPath(path: string | null) {
    this.dialogs.exportAnswers.push(path);
  }
  /** The CSV the user picks in the next import Open dialog (null: cancel). */
  set nextCsvPath(path: string | null) {
    this.dialogs.csvAnswers.push(path);
  }

  /** Every dialog shown so far, in order. */
  get prompts(): readonly DialogRecord[] {
    return this.dialogs.shown;
  }
  /** Dialogs shown with no answer queued (each was cancelled). A test should end with none. */
  get unexpectedPrompts(): readonly DialogRecord[] {
    return this.dialogs.unexpected;
  }
  /** Answers queued and never used: the dialog the test expected did not appear. */
  get unusedAnswers(): number {
    const d = this.dialogs;
    return (
      d.openAnswers.length +
      d.saveAnswers.length +
      d.imageAnswers.length +
      d.unsavedAnswers.length +
      d.conflictAnswers.length +
      d.exportAnswers.length +
      d.csvAnswers.length
    );
  }

  /* ---------- the window ---------- */

  /** The last title and dirty flag the renderer gave the window, or null before the first. */
  get windowState(): { readonly title: string; readonly dirty: boolean } | null {
    return this.window.states.at(-1) ?? null;
  }
  /** Every setFullScreen the page asked for, in order. */
  get fullScreenRequests(): readonly boolean[] {
    return this.window.fullScreen;
  }

  get windowClosed(): boolean {
    return this.window.closed;
  }
  /** The print dialogs shown so far (Electron's own dialog cannot be shown here). */
  get prints(): readonly { readonly landscape: boolean }[] {
    return this.window.prints;
  }
  /** What the next print dialogs answer; 'printed' unless a test says otherwise. */
  set printAnswer(outcome: PrintOutcome) {
    this.window.printAnswer = outcome;
  }
  /** What the test does while the print dialog is open (look at the print media), before it answers. */
  set whilePrinting(look: (() => Promise<void>) | null) {
    this.window.whilePrinting = look;
  }

  /* ---------- main → renderer events ---------- */

  /** A menu click. */
  async sendMenuCommand(command: MenuCommand): Promise<void> {
    await this.emit(EVENT_CHANNELS.menuCommand, command);
  }

  /** The OS handing over a file (double-click, argv): opened as main.ts does, then sent. */
  async openFromOs(path: string): Promise<void> {
    const outcome = await this.services.documents.openPath(path);
    if (outcome.kind !== 'opened') throw new Error(`The OS open failed: ${JSON.stringify(outcome)}`);
    await this.emit(EVENT_CHANNELS.openedFile, outcome.file satisfies OpenedFile);
  }

  /** The user clicked the window's close button while the document was dirty. */
  async requestClose(): Promise<void> {
    await this.emit(EVENT_CHANNELS.closeRequested, undefined);
  }

  private async emit(channel: string, payload: unknown): Promise<void> {
    await Bridge.emitTo(this.page, channel, payload);
  }

  private static async emitTo(page: Page, channel: string, payload: unknown): Promise<void> {
    await page.evaluate(
      ({ emitGlobal, channel, payload }) => {
        const emit = (window as unknown as Record<string, (channel: string, payload: unknown) => void>)[emitGlobal];
        if (!emit) throw new Error('The e2e preload is not installed in this page');
        emit(channel, payload);
      },
      { emitGlobal: EMIT_GLOBAL, channel, payload },
    );
  }

  private async invoke(channel: InvokeChannel, args: readonly unknown[], context: InvokeContext): Promise<unknown> {
    try {
      const result = await dispatchInvoke(this.services.handlers, channel, args, context);
      this.invokes.push({ channel, args, outcome: 'resolved' });
      return result;
    } catch (error) {
      this.invokes.push({ channel, args, outcome: 'rejected' });
      this.invokeErrors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      throw error;
    }
  }
}

/** `window.journeyboard` in `page`, every method calling `invoke` in the test process. Call before `page.goto`. */
async function installApi(page: Page, invoke: (channel: InvokeChannel, args: readonly unknown[]) => Promise<unknown>): Promise<void> {
  for (const channel of INVOKE_CHANNELS) {
    await page.exposeBinding(`${BINDING_PREFIX}${channel}`, (_source, ...args: unknown[]) => invoke(channel, args));
  }
  await page.addInitScript(preloadScript, {
    apiGlobal: API_GLOBAL,
    emitGlobal: EMIT_GLOBAL,
    bindingPrefix: BINDING_PREFIX,
    channels: INVOKE_CHANNELS,
    noArgumentChannels: NO_ARGUMENT_CHANNELS,
    events: EVENT_CHANNELS,
  });
}

interface PreloadOptions {
  readonly apiGlobal: string;
  readonly emitGlobal: string;
  readonly bindingPrefix: string;
  readonly channels: readonly string[];
  readonly noArgumentChannels: readonly string[];
  readonly events: typeof EVENT_CHANNELS;
}

/**
 * Runs in the page before any of its scripts, like the real preload: defines
 * `window.journeyboard` with one method per invoke channel plus the event
 * subscriptions, holding events that arrive before anyone listens.
 * Self-contained: Playwright serializes it into the page.
 */
function preloadScript(options: PreloadOptions): void {
  type Listener = (payload: unknown) => void;
  const streams = new Map<string, { listeners: Set<Listener>; unclaimed: unknown[] }>();
  for (const channel of Object.values(options.events)) streams.set(channel, { listeners: new Set(), unclaimed: [] });

  const subscribe = (channel: string) => (listener: Listener) => {
    const stream = streams.get(channel)!;
    stream.listeners.add(listener);
    for (const payload of stream.unclaimed.splice(0)) listener(payload);
    return () => {
      stream.listeners.delete(listener);
    };
  };

  Object.defineProperty(window, options.emitGlobal, {
    value: (channel: string, payload: unknown) => {
      const stream = streams.get(channel);
      if (!stream) throw new Error(`Unknown event channel ${channel}`);
      if (stream.listeners.size === 0) stream.unclaimed.push(payload);
      for (const listener of stream.listeners) listener(payload);
    },
  });

  const api: Record<string, unknown> = {};
  for (const channel of options.channels) {
    const takesNoArguments = options.noArgumentChannels.includes(channel);
    api[channel] = (arg: unknown) => {
      const binding = (window as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[`${options.bindingPrefix}${channel}`];
      if (!binding) return Promise.reject(new Error(`No binding for ${channel}`));
      return takesNoArguments ? binding() : binding(arg);
    };
  }
  const closeRequested = subscribe(options.events.closeRequested);
  api.onDiskChanged = subscribe(options.events.diskChanged);
  api.onMenuCommand = subscribe(options.events.menuCommand);
  api.onOpenedFile = subscribe(options.events.openedFile);
  api.onCloseRequested = (listener: () => void) => closeRequested(() => listener());
  api.onLanguageChanged = subscribe(options.events.languageChanged);
  api.onPresentLayout = subscribe(options.events.presentLayout);
  api.onAudienceUpdate = subscribe(options.events.audienceUpdate);
  // contextBridge hands the page a frozen copy; so does this.
  Object.defineProperty(window, options.apiGlobal, { value: Object.freeze(api), enumerable: true });
}
