/**
 * Crash recovery: which drafts to offer, and what Recover, Discard and Open the
 * saved file do. A draft is offered when its map was never saved, when its
 * file is gone, or when it was written after the file's last change; a draft
 * whose text is what the file holds is dropped, as there is nothing to recover.
 */
import { basename, resolve } from 'node:path';
import type { DraftOutcome, DraftSummary, DraftWriteOutcome, FileStamp } from '../ipc-contract';
import type { BlessedPaths } from '../files/blessedPaths';
import { toFileError } from '../files/fileErrors';
import type { FileService } from '../files/fileService';
import { sha256 } from '../files/fileStamp';
import type { DocumentService } from '../ipc/documentService';
import type { DraftStore } from './draftStore';

/** A draft older than its file is kept this long (the file may be a foreign write), then removed. */
export const STALE_DRAFT_MS = 7 * 24 * 60 * 60 * 1000;

export interface DraftService {
  write(args: { draftId: string; text: string; path: string | null; base: FileStamp | null }): Promise<DraftWriteOutcome>;
  offered(): Promise<DraftSummary[]>;
  resolve(args: { draftId: string; choice: 'recover' | 'discard' | 'openSaved' }): Promise<DraftOutcome>;
}

export interface DraftServiceDeps {
  readonly drafts: DraftStore;
  readonly files: FileService;
  readonly blessed: BlessedPaths;
  readonly documents: DocumentService;
  readonly now: () => number;
}

export function createDraftService({ drafts, files, blessed, documents, now }: DraftServiceDeps): DraftService {
  async function summarize(draftId: string): Promise<DraftSummary | null> {
    const draft = await drafts.read(draftId);
    if (!draft) return null;
    const { path, savedAt } = draft.record;
    const name = path === null ? null : basename(path);
    if (path === null) return { draftId, path, name, savedAt, fileState: 'untitled' };
    let disk: FileStamp | null;
    try {
      disk = await files.readStamp(path);
    } catch {
      // Unreadable now (a permission, a pipe): the draft may be all that is left, so offer it.
      return { draftId, path, name, savedAt, fileState: 'older' };
    }
    if (disk === null) return { draftId, path, name, savedAt, fileState: 'missing' };
    if (disk.sha256 === sha256(Buffer.from(draft.text, 'utf8'))) {
      await drafts.remove(draftId);
      return null;
    }
    if (savedAt > disk.mtimeMs) return { draftId, path, name, savedAt, fileState: 'older' };
    if (now() - savedAt > STALE_DRAFT_MS) await drafts.remove(draftId);
    return null;
  }

  return {
    async write({ draftId, text, path, base }) {
      // The renderer may only name the file it opened or saved, like a save.
      if (path !== null && !blessed.isBlessed(path)) {
        return { kind: 'error', error: { code: 'notAllowed', detail: `${path} was not chosen by the user` } };
      }
      try {
        await drafts.write({ draftId, text, path: path === null ? null : resolve(path), base });
        return { kind: 'written' };
      } catch (error) {
        return { kind: 'error', error: toFileError(error) };
      }
    },

    async offered() {
      const summaries = await Promise.all((await drafts.list()).map((record) => summarize(record.draftId).catch(() => null)));
      return summaries.flatMap((summary) => (summary ? [summary] : [])).sort((a, b) => b.savedAt - a.savedAt);
    },

    async resolve({ draftId, choice }) {
      try {
        const draft = await drafts.read(draftId);
        if (!draft) return { kind: 'error', error: { code: 'notFound', detail: `Draft ${draftId} is gone` }, name: '' };
        const { path, base } = draft.record;
        if (choice === 'discard') {
          await drafts.remove(draftId);
          return { kind: 'discarded' };
        }
        if (choice === 'openSaved') {
          if (path === null) return { kind: 'error', error: { code: 'notFound', detail: 'The map was never saved' }, name: '' };
          // The draft stays until the renderer has parsed the file: a damaged file must not cost the only good copy.
          const opened = await documents.openPath(path);
          return opened.kind === 'opened' ? opened : { kind: 'error', error: opened.kind === 'error' ? opened.error : { code: 'io', detail: '' }, name: basename(path) };
        }
        // The draft was written for a path the user had picked, so saving there again is theirs to do.
        const blessedPath = path === null ? null : blessed.bless(path);
        return { kind: 'recovered', draftId, path: blessedPath, name: path === null ? null : basename(path), text: draft.text, base };
      } catch (error) {
        return { kind: 'error', error: toFileError(error), name: '' };
      }
    },
  };
}
