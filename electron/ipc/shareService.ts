/**
 * Exports, CSV import and the facilitator's own templates, in plain Node: the
 * IPC handlers and the e2e bridge both call this, with the dialogs injected.
 *
 * The renderer never names a path here. An export is written to the file the
 * user picked in the save dialog, a CSV is read from the file picked in the
 * open dialog (only its text goes back), and templates live in one folder
 * under the user-data folder whose file names this service makes itself.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { BinaryExportKind, CsvOutcome, ExportKind, ExportOutcome, SaveTemplateOutcome, TextExportKind, UserTemplate } from '../ipc-contract';
import { DOCUMENT_EXTENSION, isDocumentPath } from '../files/blessedPaths';
import { FileProblem, toFileError } from '../files/fileErrors';
import type { FileService } from '../files/fileService';
import { askSaveTarget, cleanFileName } from '../files/saveTarget';
import type { PreferenceStore } from '../preferences/preferences';
import type { DialogPort } from './ports';

export const EXPORT_EXTENSIONS: { readonly [K in ExportKind]: string } = { csv: '.csv', markdown: '.md', pdf: '.pdf', svg: '.svg', png: '.png' };
/** A CSV of every note of a 10,000-note map is a few MB; anything far larger is not one of ours. */
export const MAX_CSV_BYTES = 32 * 1024 * 1024;
/** The gallery shows them all; a folder with more than this is cut short rather than read whole. */
export const MAX_USER_TEMPLATES = 200;

export interface ShareService {
  exportWithDialog(args: { kind: TextExportKind; suggestedName: string; text: string }, dialogs: DialogPort): Promise<ExportOutcome>;
  exportBytesWithDialog(args: { kind: BinaryExportKind; suggestedName: string; bytes: Uint8Array }, dialogs: DialogPort): Promise<ExportOutcome>;
  openCsvWithDialog(dialogs: DialogPort): Promise<CsvOutcome>;
  listUserTemplates(): Promise<UserTemplate[]>;
  saveUserTemplate(args: { name: string; text: string }): Promise<SaveTemplateOutcome>;
}

export interface ShareServiceDeps {
  readonly files: FileService;
  readonly preferences: PreferenceStore;
  readonly defaultFolder: string;
  /** `<user data>/templates` in the app; a temp folder in tests. */
  readonly templatesFolder: string;
}

const CANCELED = { kind: 'canceled' } as const;

/** A name the user typed as a file name; a name with nothing usable left becomes a neutral one. */
export const safeFileStem = (name: string): string => cleanFileName(name) || 'Journey map';

const withExtension = (path: string, extension: string): string =>
  extname(path).toLowerCase() === extension ? path : `${path}${extension}`;

export function createShareService({ files, preferences, defaultFolder, templatesFolder }: ShareServiceDeps): ShareService {
  const startFolder = () => preferences.get('lastFolder') ?? defaultFolder;

  async function exportWithDialog(kind: ExportKind, suggestedName: string, content: string | Uint8Array, dialogs: DialogPort): Promise<ExportOutcome> {
    const extension = EXPORT_EXTENSIONS[kind];
    try {
      const defaultPath = join(startFolder(), withExtension(safeFileStem(suggestedName.replace(/\.[a-z]+$/i, '')), extension));
      const path = await askSaveTarget({
        ask: (path) => dialogs.chooseExportTarget(path, kind),
        defaultPath,
        extension,
        exists: (path) => files.exists(path),
        // A map is never replaced by an export, whatever the user typed.
        check: (picked) => {
          if (isDocumentPath(picked)) throw new FileProblem('notAllowed', `${picked} is a Journeyboard map, not an export`);
        },
      });
      if (path === null) return CANCELED;
      await files.writeExport(path, content);
      preferences.set('lastFolder', dirname(path));
      return { kind: 'exported', name: basename(path) };
    } catch (error) {
      return { kind: 'error', error: toFileError(error) };
    }
  }

  return {
    exportWithDialog: ({ kind, suggestedName, text }, dialogs) => exportWithDialog(kind, suggestedName, text, dialogs),
    exportBytesWithDialog: ({ kind, suggestedName, bytes }, dialogs) => exportWithDialog(kind, suggestedName, bytes, dialogs),

    async openCsvWithDialog(dialogs) {
      const picked = await dialogs.chooseCsvToOpen(startFolder());
      if (picked === null) return CANCELED;
      const name = basename(picked);
      try {
        if (extname(picked).toLowerCase() !== '.csv') throw new FileProblem('notDocument', `${picked} is not a .csv file`);
        const bytes = await files.readBytes(picked, MAX_CSV_BYTES);
        preferences.set('lastFolder', dirname(picked));
        return { kind: 'opened', name, text: bytes.toString('utf8') };
      } catch (error) {
        return { kind: 'error', error: toFileError(error), name };
      }
    },

    async listUserTemplates() {
      const names = (await files.listFolder(templatesFolder)).filter(isDocumentPath).sort().slice(0, MAX_USER_TEMPLATES);
      const templates: UserTemplate[] = [];
      for (const fileName of names) {
        try {
          const { text } = await files.readDocument(join(templatesFolder, fileName));
          templates.push({ fileName, text });
        } catch {
          // One unreadable template must not hide the others; the gallery lists what it can read.
        }
      }
      return templates;
    },

    async saveUserTemplate({ name, text }) {
      try {
        const stem = safeFileStem(name);
        let fileName = `${stem}${DOCUMENT_EXTENSION}`;
        // A second template of the same name is kept beside the first, never over it.
        for (let n = 2; await files.exists(join(templatesFolder, fileName)); n++) fileName = `${stem} (${n})${DOCUMENT_EXTENSION}`;
        await files.writeExport(join(templatesFolder, fileName), text);
        return { kind: 'saved', fileName };
      } catch (error) {
        return { kind: 'error', error: toFileError(error) };
      }
    },
  };
}
