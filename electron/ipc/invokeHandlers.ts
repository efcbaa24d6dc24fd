/**
 * Validation and dispatch for every invoke channel, without Electron. The app
 * wires these to ipcMain after checking the sender (registerIpc.ts); the e2e
 * bridge calls `dispatchInvoke` from `page.exposeBinding`, so both go through
 * the same argument checks and services.
 */
import { z } from 'zod';
import { argSchemas, type InvokeChannel, type JourneyboardApi } from '../ipc-contract';
import type { DraftService } from '../drafts/draftService';
import type { BlessedPaths } from '../files/blessedPaths';
import type { FileService } from '../files/fileService';
import type { LanguageSetting } from '../languageSetting';
import type { FileWatch } from '../files/fileWatcher';
import type { RecentFiles } from '../files/recentFiles';
import type { DocumentService } from './documentService';
import { importImage } from './imageImport';
import type { ShareService } from './shareService';
import { mayInvoke } from '../present/presentation';
import type { InvokeContext } from './ports';

export type InvokeArgs<K extends InvokeChannel> = z.infer<(typeof argSchemas)[K]>;
export type InvokeResult<K extends InvokeChannel> = Awaited<ReturnType<JourneyboardApi[K]>>;
export type InvokeHandler<K extends InvokeChannel> = (
  context: InvokeContext,
  ...args: InvokeArgs<K>
) => Promise<InvokeResult<K>>;
export type InvokeHandlers = { readonly [K in InvokeChannel]: InvokeHandler<K> };

export const INVOKE_CHANNELS = Object.keys(argSchemas) as InvokeChannel[];

export class InvalidInvokeArgumentsError extends Error {
  override readonly name = 'InvalidInvokeArgumentsError';
}

export interface HandlerServices {
  readonly documents: DocumentService;
  readonly files: FileService;
  readonly drafts: DraftService;
  readonly recent: RecentFiles;
  /** The watch of the file open in this window. */
  readonly watchFor: (context: InvokeContext) => FileWatch;
  /** Only a file the user picked is watched: the renderer cannot make main hash or probe any other path. */
  readonly blessed: BlessedPaths;
  readonly language: LanguageSetting;
  readonly share: ShareService;
}

export function createInvokeHandlers({ documents, files, drafts, recent, watchFor, blessed, language, share }: HandlerServices): InvokeHandlers {
  return {
    openFile: (context) => documents.openWithDialog(context.dialogs),
    saveFile: (_context, args) => documents.save(args),
    saveFileAs: (context, args) => documents.saveAs(args, context.dialogs),
    askUnsavedChanges: (context, { documentName }) => context.dialogs.askUnsavedChanges(documentName),
    askConflict: (context, { documentName, deleted }) => context.dialogs.askConflict(documentName, deleted ?? false),
    importImage: (context) => importImage(files, context.dialogs),
    setDocumentState: async (context, state) => context.window.setDocumentState(state),
    closeWindow: async (context) => context.window.close(),
    exportFile: (context, args) => share.exportWithDialog(args, context.dialogs),
    exportBinary: (context, args) => share.exportBytesWithDialog(args, context.dialogs),
    print: (context, args) => context.window.print(args),
    openCsv: (context) => share.openCsvWithDialog(context.dialogs),
    listUserTemplates: () => share.listUserTemplates(),
    saveUserTemplate: (_context, args) => share.saveUserTemplate(args),
    getLanguage: async () => language.current(),
    setLanguage: async (_context, args) => language.set(args.language),
    writeDraft: (_context, args) => drafts.write(args),
    listDrafts: () => drafts.offered(),
    resolveDraft: (_context, args) => drafts.resolve(args),
    watchFile: async (context, { path, base }) => {
      if (path !== null && !blessed.isBlessed(path)) throw new Error(`${path} was not chosen by the user`);
      watchFor(context).set(path, base);
    },
    listRecent: async () => recent.list(),
    openRecent: (_context, { path }) => documents.openRecent(path),
    clearRecent: async () => recent.clear(),
    startPresenting: async (context) => context.presentation.start(),
    stopPresenting: async (context) => context.presentation.stop(),
    publishToAudience: async (context, update) => context.presentation.publish(update),
    audienceReady: async (context) => context.presentation.audienceReady(),
    setFullScreen: async (context, { on }) => ({ wasFullScreen: context.window.setFullScreen(on) }),
  };
}

export function parseInvokeArgs<K extends InvokeChannel>(channel: K, args: readonly unknown[]): InvokeArgs<K> {
  const parsed = argSchemas[channel].safeParse(args);
  if (!parsed.success) {
    throw new InvalidInvokeArgumentsError(`Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}`);
  }
  // safeParse on a union of schemas yields a union; indexing by K narrows it back.
  return parsed.data as InvokeArgs<K>;
}

export class RefusedSenderError extends Error {
  override readonly name = 'RefusedSenderError';
}

/**
 * Rejects before any handler runs when the sender's role may not call `channel`
 * (RefusedSenderError: the audience window asking for a file, the presenter
 * posing as the audience) or `args` do not match the contract (InvalidInvokeArgumentsError).
 */
export async function dispatchInvoke<K extends InvokeChannel>(
  handlers: InvokeHandlers,
  channel: K,
  args: readonly unknown[],
  context: InvokeContext,
): Promise<InvokeResult<K>> {
  if (!mayInvoke(context.role, channel)) throw new RefusedSenderError(`Refused ${channel}: not a channel of the ${context.role} window`);
  const handler: InvokeHandler<K> = handlers[channel];
  return handler(context, ...parseInvokeArgs(channel, args));
}
