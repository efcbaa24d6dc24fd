/**
 * The one IPC contract between the renderer and the main process.
 *
 * The preload exposes exactly `JourneyboardApi` as `window.journeyboard`, one
 * named method per channel. The main process validates every argument with the
 * schemas below and checks the sender before doing anything. The renderer never
 * invents a path: every path it sends back came to it from the main process,
 * which only hands out paths the user picked (dialog, argv or open-file).
 *
 * Longer than our other files on purpose: every channel, its argument schema
 * and its result type stay side by side, so a review of what the renderer may
 * ask the main process for reads one file.
 */
import { z } from 'zod';
import { LANGUAGES, type Language } from '../renderer/i18n/languages';

export type { Language };

export const API_GLOBAL = 'journeyboard';

/** The largest `.cjm` the app reads or writes; larger files are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** The largest image file the user may import (it is resized before it is embedded). */
export const MAX_IMAGE_FILE_BYTES = 20 * 1024 * 1024;

/**
 * `notDocument`: the user picked a file that is not a `.cjm`. `notAFile`: a
 * folder, pipe or device. `badLink`: a `.cjm` symlink to anything but a regular `.cjm`.
 */
export type FileErrorCode =
  | 'notFound'
  | 'permission'
  | 'tooLarge'
  | 'notAllowed'
  | 'notDocument'
  | 'notAFile'
  | 'badLink'
  | 'diskFull'
  | 'io';
export interface FileError {
  readonly code: FileErrorCode;
  readonly detail: string;
}

/** A version of a file: the SHA-256 of its bytes decides conflicts; size and mtime make checks cheap. */
export interface FileStamp {
  readonly sha256: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface OpenedFile {
  readonly path: string;
  readonly name: string;
  readonly text: string;
  readonly stamp: FileStamp;
}

export type OpenOutcome =
  | { readonly kind: 'opened'; readonly file: OpenedFile }
  | { readonly kind: 'canceled' }
  /** `name`: the file that could not be opened, for the message. */
  | { readonly kind: 'error'; readonly error: FileError; readonly name: string };

export type SaveOutcome =
  /** `stamp`: of the bytes written. `backupFailed`: why no `.bak` could be kept (the save still happened). */
  | { readonly kind: 'saved'; readonly path: string; readonly name: string; readonly stamp: FileStamp; readonly backupFailed: string | null }
  | { readonly kind: 'canceled' }
  /** The file changed on disk (or was deleted) since it was opened or last saved; nothing was written. */
  | { readonly kind: 'conflict'; readonly deleted: boolean }
  | { readonly kind: 'error'; readonly error: FileError };

export type ImageOutcome =
  | { readonly kind: 'picked'; readonly mime: string; readonly base64: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'error'; readonly error: FileError };

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/* ---------- sharing: exports, CSV import, templates ---------- */

/** Exports the renderer builds as text (exportFile) and as bytes (exportBinary). */
export const TEXT_EXPORT_KINDS = ['csv', 'markdown'] as const;
export const BINARY_EXPORT_KINDS = ['pdf', 'svg', 'png'] as const;
export type TextExportKind = (typeof TEXT_EXPORT_KINDS)[number];
export type BinaryExportKind = (typeof BINARY_EXPORT_KINDS)[number];
export type ExportKind = TextExportKind | BinaryExportKind;
/**
 * The largest PDF, SVG or PNG the main process writes. A PNG of a big wall at
 * 4× (the canvas limit is about 268 million pixels) compresses far below this;
 * anything larger is not an export of ours.
 */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

export type ExportOutcome =
  | { readonly kind: 'exported'; readonly name: string }
  | { readonly kind: 'canceled' }
  /** Nothing was written: no partial file is left behind. */
  | { readonly kind: 'error'; readonly error: FileError };

/** `canceled`: the user closed Electron's print dialog; `failed`: the printer or the OS refused, with its reason. */
export type PrintOutcome =
  | { readonly kind: 'printed' }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly reason: string };

export type CsvOutcome =
  | { readonly kind: 'opened'; readonly name: string; readonly text: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'error'; readonly error: FileError; readonly name: string };

/** A template the facilitator saved, from the user-data folder. */
export interface UserTemplate {
  readonly fileName: string;
  readonly text: string;
}

export type SaveTemplateOutcome =
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'error'; readonly error: FileError };
/** A draft the app autosaved and never saved or discarded, offered for recovery. */
export interface DraftSummary {
  readonly draftId: string;
  /** The file it belongs to, or null for a map that was never saved. */
  readonly path: string | null;
  readonly name: string | null;
  /** When the draft was written (ms since the epoch). */
  readonly savedAt: number;
  /** `older`: the file exists but was last written before the draft; `missing`: it is gone. */
  readonly fileState: 'untitled' | 'older' | 'missing';
}

export type DraftChoice = 'recover' | 'discard' | 'openSaved';

export type DraftOutcome =
  /** `base`: the version of the file the draft was edited from; a save compares against it. */
  | { readonly kind: 'recovered'; readonly draftId: string; readonly path: string | null; readonly name: string | null; readonly text: string; readonly base: FileStamp | null }
  | { readonly kind: 'opened'; readonly file: OpenedFile }
  | { readonly kind: 'discarded' }
  | { readonly kind: 'error'; readonly error: FileError; readonly name: string };

export type DraftWriteOutcome = { readonly kind: 'written' } | { readonly kind: 'error'; readonly error: FileError };

export interface RecentFile {
  readonly path: string;
  readonly name: string;
}

/** The watched file changed on disk (content, replaced by rename) or was deleted. */
export interface DiskChange {
  readonly path: string;
  readonly kind: 'changed' | 'deleted';
}
export type ConflictChoice = 'overwrite' | 'saveAs' | 'cancel';

/* ---------- presenting: the presenter window and the audience window ---------- */

/** The URL hash of the audience window: main opens `index.html#audience`, where the renderer mounts the room's view alone. */
export const AUDIENCE_HASH = 'audience';

/**
 * 'dual': an audience window shows the room's view on another display, of this
 * size (the presenter view's thumbnail has its shape); 'single': the presenter's own window must.
 */
export type PresentLayout =
  | { readonly kind: 'single' }
  | { readonly kind: 'dual'; readonly audience: { readonly width: number; readonly height: number } };

/** The longest path of world rectangles a presentation walks is one per stage and two overviews; this bounds a view. */
const MAX_AUDIENCE_ID = 64;

/**
 * What the room sees, as the presenter publishes it: the world rectangle to
 * frame, the framed stage (the others are dimmed), the projector theme, the
 * blank screen, builds, laser, spotlight and the timer. Plain data, so the
 * audience window draws it with the same layout and paint code.
 */
export interface AudienceView {
  /** The presenter's UI language: the audience window draws the board's words in it (it may not ask main itself). */
  readonly language: Language;
  readonly frame: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
  readonly stageId: string | null;
  readonly theme: 'light' | 'dark';
  readonly blank: 'none' | 'black' | 'white';
  /** With builds on: how many lanes (rows, top to bottom) of the framed stage show; null shows all. */
  readonly revealedLanes: number | null;
  readonly laser: { readonly x: number; readonly y: number } | null;
  readonly spotlightNoteId: string | null;
  /** The countdown as the presenter's clock read it when publishing; null: no timer shown. */
  readonly timer: { readonly remainingMs: number; readonly durationMs: number; readonly running: boolean } | null;
  /** Dot voting as the room sees it: the ranked list's panel, the round shown (null: the open one, else the newest) and the top-N highlight. */
  readonly voting: { readonly panelOpen: boolean; readonly roundId: string | null; readonly topN: number | null };
}

/** `document`: the map as .cjm text, null when unchanged since the last update; `view`: null when unchanged. */
export interface AudienceUpdate {
  readonly document: string | null;
  readonly view: AudienceView | null;
}

/**
 * The commands a menu item can send, each with its accelerator in Electron's
 * syntax. The main process shows these in the menu without registering them;
 * the renderer parses the same strings to handle the keys itself, so a
 * shortcut is written once and the menu can never show a key that does not work.
 * Cut, copy and paste are not here: the menu uses Electron's roles for them, which
 * raise the page's own clipboard events, where the renderer handles notes.
 */
export const MENU_ACCELERATORS = {
  'file.new': 'CmdOrCtrl+N',
  'file.open': 'CmdOrCtrl+O',
  'file.save': 'CmdOrCtrl+S',
  'file.saveAs': 'CmdOrCtrl+Shift+S',
  'file.export': 'CmdOrCtrl+E',
  'file.print': 'CmdOrCtrl+P',
  'edit.undo': 'CmdOrCtrl+Z',
  'edit.redo': 'CmdOrCtrl+Shift+Z',
  'edit.duplicate': 'CmdOrCtrl+D',
  'edit.delete': 'Delete',
  'edit.selectAll': 'CmdOrCtrl+A',
  'edit.rename': 'F2',
  'board.newNote': 'N',
  'board.addStage': 'Alt+S',
  'board.addPersona': 'Alt+P',
  'board.addLane': 'Alt+L',
  'board.addTouchpoint': 'Alt+T',
  'board.arrangeByColor': 'CmdOrCtrl+Shift+A',
  'board.arrangeByText': 'CmdOrCtrl+Shift+L',
  'board.color.yellow': 'Alt+1',
  'board.color.orange': 'Alt+2',
  'board.color.pink': 'Alt+3',
  'board.color.red': 'Alt+4',
  'board.color.purple': 'Alt+5',
  'board.color.blue': 'Alt+6',
  'board.color.teal': 'Alt+7',
  'board.color.green': 'Alt+8',
  'board.color.grey': 'Alt+9',
  'board.color.white': 'Alt+0',
  'board.emotionCurve': 'Alt+E',
  'view.zoomIn': 'CmdOrCtrl+=',
  'view.zoomOut': 'CmdOrCtrl+-',
  'view.zoomReset': 'CmdOrCtrl+0',
  'view.fit': 'Shift+1',
  // Not Shift+2: a selection always has a cell, where Shift+2 types "@" into a new note.
  'view.zoomSelection': 'CmdOrCtrl+2',
  'view.minimap': 'M',
  'view.focusNext': 'F',
  'view.focusMode': 'Shift+F',
  'view.touchpointSummary': 'Alt+K',
  'view.present': 'F5',
  'workshop.timer': 'Alt+Shift+T',
  'workshop.vote': 'Alt+Shift+V',
  'workshop.voteResults': 'Alt+Shift+R',
  'workshop.lock': 'Alt+Shift+L',
  'help.shortcuts': 'Shift+/',
} as const;

/** Sharing and templates (Import, New from Template…): menu items with no key of their own. */
export const SHARE_MENU_COMMANDS = [
  'file.newFromTemplate',
  'file.saveAsTemplate',
  'file.importCsv',
] as const;

/** A menu command that has a shortcut. */
export type KeyedMenuCommand = keyof typeof MENU_ACCELERATORS;
export type MenuCommand = KeyedMenuCommand | (typeof SHARE_MENU_COMMANDS)[number];

/** Names of the menu items the main process forwards to the renderer. */
export const MENU_COMMANDS: readonly MenuCommand[] = [...(Object.keys(MENU_ACCELERATORS) as KeyedMenuCommand[]), ...SHARE_MENU_COMMANDS];

/** The shortcut of a menu command, or undefined for one without a key. */
export const acceleratorFor = (command: MenuCommand): string | undefined =>
  (MENU_ACCELERATORS as Readonly<Record<string, string>>)[command];

/**
 * Argument schemas, one per invoke channel; the main process parses with these.
 * Built in a pure call so that a bundle which only needs the names (the
 * sandboxed preload, which cannot load zod) drops zod entirely.
 */
export const argSchemas = /* @__PURE__ */ buildArgSchemas();

function buildArgSchemas() {
  const path = z.string().min(1).max(4096);
  const documentText = z.string().max(MAX_DOCUMENT_BYTES);
  const shortText = z.string().max(500);
  const stamp = z.strictObject({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().nonnegative(),
    mtimeMs: z.number().nonnegative(),
  });
  const draftId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
  const coordinate = z.number().finite().min(-1e7).max(1e7);
  const audienceView = z.strictObject({
    language: z.enum(LANGUAGES),
    frame: z
      .strictObject({ x: coordinate, y: coordinate, width: coordinate.positive(), height: coordinate.positive() })
      .nullable(),
    stageId: z.string().min(1).max(MAX_AUDIENCE_ID).nullable(),
    theme: z.enum(['light', 'dark']),
    blank: z.enum(['none', 'black', 'white']),
    revealedLanes: z.number().int().min(0).max(10_000).nullable(),
    laser: z.strictObject({ x: coordinate, y: coordinate }).nullable(),
    spotlightNoteId: z.string().min(1).max(MAX_AUDIENCE_ID).nullable(),
    timer: z
      .strictObject({
        remainingMs: z.number().finite().min(0).max(1e9),
        durationMs: z.number().finite().min(0).max(1e9),
        running: z.boolean(),
      })
      .nullable(),
    voting: z.strictObject({
      panelOpen: z.boolean(),
      roundId: z.string().min(1).max(MAX_AUDIENCE_ID).nullable(),
      topN: z.number().int().min(1).max(1000).nullable(),
    }),
  });
  return {
    openFile: z.tuple([]),
    saveFile: z.tuple([
      z.strictObject({
        path,
        text: documentText,
        /** The version the renderer last read or wrote; null for a file never read from disk. */
        base: stamp.nullable(),
        overwriteConflict: z.boolean(),
      }),
    ]),
    saveFileAs: z.tuple([z.strictObject({ suggestedName: shortText, text: documentText })]),
    askUnsavedChanges: z.tuple([z.strictObject({ documentName: shortText })]),
    /** `deleted`: the file is gone from disk, so overwriting it means recreating it. */
    askConflict: z.tuple([z.strictObject({ documentName: shortText, deleted: z.boolean().optional() })]),
    importImage: z.tuple([]),
    setDocumentState: z.tuple([z.strictObject({ title: shortText, dirty: z.boolean() })]),
    closeWindow: z.tuple([]),
    // Sharing: exports, CSV import, templates.
    exportFile: z.tuple([z.strictObject({ kind: z.enum(TEXT_EXPORT_KINDS), suggestedName: shortText, text: documentText })]),
    exportBinary: z.tuple([
      z.strictObject({
        kind: z.enum(BINARY_EXPORT_KINDS),
        suggestedName: shortText,
        bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_EXPORT_BYTES, {
          message: `an export must hold 1 to ${MAX_EXPORT_BYTES} bytes`,
        }),
      }),
    ]),
    /** The renderer has already laid out the pages in its print-only container; `landscape` is the paper's orientation. */
    print: z.tuple([z.strictObject({ landscape: z.boolean() })]),
    openCsv: z.tuple([]),
    listUserTemplates: z.tuple([]),
    saveUserTemplate: z.tuple([z.strictObject({ name: z.string().min(1).max(200), text: documentText })]),
    getLanguage: z.tuple([]),
    setLanguage: z.tuple([z.strictObject({ language: z.enum(LANGUAGES) })]),
    writeDraft: z.tuple([z.strictObject({ draftId, text: documentText, path: path.nullable(), base: stamp.nullable() })]),
    listDrafts: z.tuple([]),
    resolveDraft: z.tuple([z.strictObject({ draftId, choice: z.enum(['recover', 'discard', 'openSaved']) })]),
    watchFile: z.tuple([z.strictObject({ path: path.nullable(), base: stamp.nullable() })]),
    listRecent: z.tuple([]),
    openRecent: z.tuple([z.strictObject({ path })]),
    clearRecent: z.tuple([]),
    // Presenting: the presenter window starts and stops, and publishes; the audience window only says it is ready.
    startPresenting: z.tuple([]),
    stopPresenting: z.tuple([]),
    publishToAudience: z.tuple([z.strictObject({ document: documentText.nullable(), view: audienceView.nullable() })]),
    audienceReady: z.tuple([]),
    setFullScreen: z.tuple([z.strictObject({ on: z.boolean() })]),
  } as const;
}

export type InvokeChannel = keyof typeof argSchemas;

/** What `window.journeyboard` offers. Every method maps to one channel. */
export interface JourneyboardApi {
  openFile(): Promise<OpenOutcome>;
  saveFile(...args: z.infer<typeof argSchemas.saveFile>): Promise<SaveOutcome>;
  saveFileAs(...args: z.infer<typeof argSchemas.saveFileAs>): Promise<SaveOutcome>;
  askUnsavedChanges(args: { documentName: string }): Promise<UnsavedChoice>;
  askConflict(args: { documentName: string; deleted?: boolean }): Promise<ConflictChoice>;
  importImage(): Promise<ImageOutcome>;
  setDocumentState(args: { title: string; dirty: boolean }): Promise<void>;
  /** Closes the window without asking again: the renderer has already dealt with unsaved work. */
  closeWindow(): Promise<void>;
  /** Shows the save dialog for this kind of export and writes `text` there atomically. */
  exportFile(args: { kind: TextExportKind; suggestedName: string; text: string }): Promise<ExportOutcome>;
  /** The same for a PDF, SVG or PNG the renderer built: save dialog, then an atomic write of exactly `bytes`. */
  exportBinary(args: { kind: BinaryExportKind; suggestedName: string; bytes: Uint8Array }): Promise<ExportOutcome>;
  /** Opens Electron's print dialog for this window; the page's print styles show only the map's pages. */
  print(args: { landscape: boolean }): Promise<PrintOutcome>;
  /** Shows the open dialog for a CSV and returns its text; the path never leaves the main process. */
  openCsv(): Promise<CsvOutcome>;
  listUserTemplates(): Promise<readonly UserTemplate[]>;
  saveUserTemplate(args: { name: string; text: string }): Promise<SaveTemplateOutcome>;
  /** The UI language: the saved choice, else the OS's (first start). */
  getLanguage(): Promise<Language>;
  /** Saves the choice; main switches its menus and dialogs and answers with onLanguageChanged. */
  setLanguage(args: { language: Language }): Promise<void>;
  /** Autosave: keeps the map in the recovery folder; `path` must be the map's (blessed) file or null. */
  writeDraft(args: { draftId: string; text: string; path: string | null; base: FileStamp | null }): Promise<DraftWriteOutcome>;
  /** Drafts newer than their files, newest first. */
  listDrafts(): Promise<DraftSummary[]>;
  resolveDraft(args: { draftId: string; choice: DraftChoice }): Promise<DraftOutcome>;
  /** Watches the open file for foreign changes (null path: stop); `base` is the version the renderer has. */
  watchFile(args: { path: string | null; base: FileStamp | null }): Promise<void>;
  listRecent(): Promise<RecentFile[]>;
  /** Opens a path from the recent list (the only paths it accepts). */
  openRecent(args: { path: string }): Promise<OpenOutcome>;
  clearRecent(): Promise<void>;
  /** Present mode began: main opens the audience window when there is a second display, and says which layout to show. */
  startPresenting(): Promise<PresentLayout>;
  /** Present mode ended: the audience window closes. */
  stopPresenting(): Promise<void>;
  /** Presenter only: what the room sees now; main relays it to the audience window alone. */
  publishToAudience(update: AudienceUpdate): Promise<void>;
  /** Audience only: the audience view has loaded; main answers with the latest update. */
  audienceReady(): Promise<void>;
  /** Presenter: a display came or went while presenting (unplugging the projector gives 'single'). */
  onPresentLayout(listener: (layout: PresentLayout) => void): () => void;
  /** Audience: the presenter published. */
  onAudienceUpdate(listener: (update: AudienceUpdate) => void): () => void;
  /** Present mode: the window fills the screen, or leaves it. Answers whether it was full-screen before, to restore on exit. */
  setFullScreen(args: { on: boolean }): Promise<{ wasFullScreen: boolean }>;
  /** Menu clicks; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A file the user opened from the OS (argv, open-file, second instance). */
  onOpenedFile(listener: (file: OpenedFile) => void): () => void;
  /** The user asked to close the window while the document is dirty. */
  onCloseRequested(listener: () => void): () => void;
  /** The UI language changed (View ▸ Language, or setLanguage). */
  onLanguageChanged(listener: (language: Language) => void): () => void;
  onDiskChanged(listener: (change: DiskChange) => void): () => void;
}

/** Main → renderer event channels. */
export const EVENT_CHANNELS = {
  menuCommand: 'event:menuCommand',
  openedFile: 'event:openedFile',
  closeRequested: 'event:closeRequested',
  languageChanged: 'event:languageChanged',
  diskChanged: 'event:diskChanged',
  presentLayout: 'event:presentLayout',
  audienceUpdate: 'event:audienceUpdate',
} as const;

export const invokeChannel = <K extends InvokeChannel>(name: K): `invoke:${K}` => `invoke:${name}`;
