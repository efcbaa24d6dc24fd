/**
 * Builds the plain-Node services behind the IPC channels. main.ts and the e2e
 * bridge both call this, so the tests exercise the app's real file handling.
 */
import { createBlessedPaths, type BlessedPaths } from './files/blessedPaths';
import { createFileService, type FileService, type FileServiceOptions } from './files/fileService';
import { createDocumentService, type DocumentService } from './ipc/documentService';
import { createInvokeHandlers, type InvokeHandlers } from './ipc/invokeHandlers';
import { createLanguageSetting, type LanguageSetting } from './languageSetting';
import type { PreferenceStore } from './preferences/preferences';

export interface MainServices {
  readonly files: FileService;
  readonly blessed: BlessedPaths;
  readonly documents: DocumentService;
  readonly language: LanguageSetting;
  readonly handlers: InvokeHandlers;
}

export function createMainServices(options: {
  readonly preferences: PreferenceStore;
  readonly defaultFolder: string;
  readonly fileOptions?: FileServiceOptions;
  /** The OS's preferred locale tags, best first; English when none is given. */
  readonly systemLocales?: () => readonly string[];
}): MainServices {
  const files = createFileService(options.fileOptions);
  const blessed = createBlessedPaths();
  const documents = createDocumentService({
    files,
    blessed,
    preferences: options.preferences,
    defaultFolder: options.defaultFolder,
  });
  const language = createLanguageSetting({ preferences: options.preferences, systemLocales: options.systemLocales ?? (() => []) });
  return { files, blessed, documents, language, handlers: createInvokeHandlers({ documents, files, language }) };
}
