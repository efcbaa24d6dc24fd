/**
 * The one IPC contract between the renderer and the main process.
 *
 * The preload exposes exactly `JourneyboardApi` as `window.journeyboard`, one
 * named method per channel. The main process validates every argument with the
 * schemas below and checks the sender before doing anything. The renderer never
 * invents a path: every path it sends back came to it from the main process,
 * which only hands out paths the user picked (dialog, argv or open-file).
 */
import { z } from 'zod';
import { LANGUAGES, type Language } from '../renderer/i18n/languages';

export type { Language };

export const API_GLOBAL = 'journeyboard';

/** The largest `.cjm` the app reads or writes; larger files are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** The largest image file the user may import (it is resized before it is embedded). */
export const MAX_IMAGE_FILE_BYTES = 20 * 1024 * 1024;

/** `notDocument`: the user picked a file that is not a `.cjm`. */
export type FileErrorCode = 'notFound' | 'permission' | 'tooLarge' | 'notAllowed' | 'notDocument' | 'io';
export interface FileError {
  readonly code: FileErrorCode;
  readonly detail: string;
}

export interface OpenedFile {
  readonly path: string;
  readonly name: string;
  readonly text: string;
  readonly mtimeMs: number;
}

export type OpenOutcome =
  | { readonly kind: 'opened'; readonly file: OpenedFile }
  | { readonly kind: 'canceled' }
  /** `name`: the file that could not be opened, for the message. */
  | { readonly kind: 'error'; readonly error: FileError; readonly name: string };

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly path: string; readonly name: string; readonly mtimeMs: number }
  | { readonly kind: 'canceled' }
  /** The file changed on disk since it was opened or last saved; nothing was written. */
  | { readonly kind: 'conflict'; readonly diskMtimeMs: number }
  | { readonly kind: 'error'; readonly error: FileError };

export type ImageOutcome =
  | { readonly kind: 'picked'; readonly mime: string; readonly base64: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'error'; readonly error: FileError };

export type UnsavedChoice = 'save' | 'discard' | 'cancel';
export type ConflictChoice = 'overwrite' | 'saveAs' | 'cancel';

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
  'help.shortcuts': 'Shift+/',
} as const;

/** Names of the menu items the main process forwards to the renderer. */
export const MENU_COMMANDS = Object.keys(MENU_ACCELERATORS) as (keyof typeof MENU_ACCELERATORS)[];

export type MenuCommand = keyof typeof MENU_ACCELERATORS;

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
  return {
    openFile: z.tuple([]),
    saveFile: z.tuple([
      z.strictObject({
        path,
        text: documentText,
        /** mtime the renderer last saw; null for a file never read from disk. */
        baseMtimeMs: z.number().nonnegative().nullable(),
        overwriteConflict: z.boolean(),
      }),
    ]),
    saveFileAs: z.tuple([z.strictObject({ suggestedName: shortText, text: documentText })]),
    askUnsavedChanges: z.tuple([z.strictObject({ documentName: shortText })]),
    askConflict: z.tuple([z.strictObject({ documentName: shortText })]),
    importImage: z.tuple([]),
    setDocumentState: z.tuple([z.strictObject({ title: shortText, dirty: z.boolean() })]),
    closeWindow: z.tuple([]),
    getLanguage: z.tuple([]),
    setLanguage: z.tuple([z.strictObject({ language: z.enum(LANGUAGES) })]),
  } as const;
}

export type InvokeChannel = keyof typeof argSchemas;

/** What `window.journeyboard` offers. Every method maps to one channel. */
export interface JourneyboardApi {
  openFile(): Promise<OpenOutcome>;
  saveFile(...args: z.infer<typeof argSchemas.saveFile>): Promise<SaveOutcome>;
  saveFileAs(...args: z.infer<typeof argSchemas.saveFileAs>): Promise<SaveOutcome>;
  askUnsavedChanges(args: { documentName: string }): Promise<UnsavedChoice>;
  askConflict(args: { documentName: string }): Promise<ConflictChoice>;
  importImage(): Promise<ImageOutcome>;
  setDocumentState(args: { title: string; dirty: boolean }): Promise<void>;
  /** Closes the window without asking again: the renderer has already dealt with unsaved work. */
  closeWindow(): Promise<void>;
  /** The UI language: the saved choice, else the OS's (first start). */
  getLanguage(): Promise<Language>;
  /** Saves the choice; main switches its menus and dialogs and answers with onLanguageChanged. */
  setLanguage(args: { language: Language }): Promise<void>;
  /** Menu clicks; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A file the user opened from the OS (argv, open-file, second instance). */
  onOpenedFile(listener: (file: OpenedFile) => void): () => void;
  /** The user asked to close the window while the document is dirty. */
  onCloseRequested(listener: () => void): () => void;
  /** The UI language changed (View ▸ Language, or setLanguage). */
  onLanguageChanged(listener: (language: Language) => void): () => void;
}

/** Main → renderer event channels. */
export const EVENT_CHANNELS = {
  menuCommand: 'event:menuCommand',
  openedFile: 'event:openedFile',
  closeRequested: 'event:closeRequested',
  languageChanged: 'event:languageChanged',
} as const;

export const invokeChannel = <K extends InvokeChannel>(name: K): `invoke:${K}` => `invoke:${name}`;
