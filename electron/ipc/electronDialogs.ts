/** The app's DialogPort: native dialogs, parented to the window that asked. */
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { ConflictChoice, ExportKind, UnsavedChoice } from '../ipc-contract';
import { IMAGE_EXTENSIONS } from '../files/imageType';
import type { Translate } from '../i18n';
import type { DialogPort } from './ports';
import { EXPORT_EXTENSIONS } from './shareService';

export function createElectronDialogs(window: BrowserWindow, t: Translate): DialogPort {
  const documentFilters = [{ name: t('dialog.documentFilter'), extensions: ['cjm'] }];

  /** Shows a message box whose buttons map to `choices`; Escape picks the last one (cancel). */
  async function choose<T>(choices: readonly T[], labels: readonly string[], options: MessageBoxOptions): Promise<T> {
    const cancelId = choices.length - 1;
    const { response } = await dialog.showMessageBox(window, { ...options, buttons: [...labels], cancelId, noLink: true });
    return choices[response] ?? (choices[cancelId] as T);
  }

  return {
    async chooseDocumentToOpen(defaultFolder) {
      const result = await dialog.showOpenDialog(window, {
        title: t('dialog.openTitle'),
        defaultPath: defaultFolder,
        filters: documentFilters,
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseDocumentToSave(defaultPath) {
      const result = await dialog.showSaveDialog(window, {
        title: t('dialog.saveTitle'),
        buttonLabel: t('dialog.saveButton'),
        defaultPath,
        filters: documentFilters,
        // macOS and Windows always confirm replacing a file; GTK only when asked.
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseImage() {
      const result = await dialog.showOpenDialog(window, {
        title: t('dialog.imageTitle'),
        filters: [{ name: t('dialog.imageFilter'), extensions: [...IMAGE_EXTENSIONS] }],
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseExportTarget(defaultPath, kind: ExportKind) {
      const extension = EXPORT_EXTENSIONS[kind].slice(1);
      const result = await dialog.showSaveDialog(window, {
        title: t(`dialog.export.${kind}.title`),
        buttonLabel: t('dialog.export.button'),
        defaultPath,
        filters: [{ name: t(`dialog.export.${kind}.filter`), extensions: [extension] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseCsvToOpen(defaultFolder) {
      const result = await dialog.showOpenDialog(window, {
        title: t('dialog.importCsv.title'),
        defaultPath: defaultFolder,
        filters: [{ name: t('dialog.export.csv.filter'), extensions: ['csv'] }],
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    askUnsavedChanges(documentName) {
      const choices: readonly UnsavedChoice[] = ['save', 'discard', 'cancel'];
      return choose(
        choices,
        [t('dialog.unsaved.save'), t('dialog.unsaved.discard'), t('dialog.unsaved.cancel')],
        {
          type: 'warning',
          message: t('dialog.unsaved.message', { name: documentName }),
          detail: t('dialog.unsaved.detail'),
          defaultId: 0,
        },
      );
    },

    askConflict(documentName, deleted) {
      const choices: readonly ConflictChoice[] = ['overwrite', 'saveAs', 'cancel'];
      return choose(
        choices,
        [t(deleted ? 'dialog.conflict.recreate' : 'dialog.conflict.overwrite'), t('dialog.conflict.saveAs'), t('dialog.conflict.cancel')],
        {
          type: 'warning',
          message: t(deleted ? 'dialog.conflict.deletedMessage' : 'dialog.conflict.message', { name: documentName }),
          detail: t(deleted ? 'dialog.conflict.deletedDetail' : 'dialog.conflict.detail'),
          // The safe default keeps both versions.
          defaultId: 1,
        },
      );
    },
  };
}
