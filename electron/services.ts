/**
 * Builds the plain-Node services behind the IPC channels. main.ts and the e2e
 * bridge both call this, so the tests exercise the app's real file handling.
 */
import { createBlessedPaths, type BlessedPaths } from './files/blessedPaths';
import { createFileService, type FileService, type FileServiceOptions } from './files/fileService';
import { createDocumentService, type DocumentService } from './ipc/documentService';
import { createInvokeHandlers, type InvokeHandlers } from './ipc/invokeHandlers';
import type { PreferenceStore } from './preferences/preferences';

export interface MainServices {
  readonly files: FileService;
  readonly blessed: BlessedPaths;
  readonly documents: DocumentService;
  readonly handlers: InvokeHandlers;
}

export function createMainServices(options: {
  readonly preferences: PreferenceStore;
  readonly defaultFolder: string;
  readonly fileOptions?: FileServiceOptions;
}): MainServices {
  const files = createFileService(options.fileOptions);
  const blessed = createBlessedPaths();
  const documents = createDocumentService({
    files,
    blessed,
    preferences: options.preferences,
    defaultFolder: options.defaultFolder,
  });
  return { files, blessed, documents, handlers: createInvokeHandlers({ documents, files }) };
}
