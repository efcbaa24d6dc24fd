/**
 * Autosaved drafts, one file per editing session in the recovery folder under
 * the app's user-data folder (injected), never next to or over the user's file.
 *
 * A draft file is one header line of JSON (draft id, the map's path, the
 * version of the file it was edited from, when it was written) and then the
 * map text as the renderer sent it, so the map is never re-encoded here.
 * Writes are atomic (temp, fsync, rename), so a crash leaves the previous draft.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { FileStamp } from '../ipc-contract';
import { isNotFound } from '../files/fileErrors';
import type { FileService, FsPort } from '../files/fileService';

const DRAFT_SUFFIX = '.draft';
const DRAFT_ID = /^[A-Za-z0-9_-]{8,64}$/;

const headerSchema = z.object({
  journeyboardDraft: z.literal(1),
  draftId: z.string().regex(DRAFT_ID),
  path: z.string().min(1).nullable(),
  base: z.object({ sha256: z.string(), size: z.number(), mtimeMs: z.number() }).nullable(),
  savedAt: z.number(),
});

export interface DraftRecord {
  readonly draftId: string;
  readonly path: string | null;
  readonly base: FileStamp | null;
  readonly savedAt: number;
}

export interface DraftStore {
  write(draft: Omit<DraftRecord, 'savedAt'> & { readonly text: string }): Promise<void>;
  read(draftId: string): Promise<{ record: DraftRecord; text: string } | null>;
  remove(draftId: string): Promise<void>;
  /** Every readable draft; a damaged one is skipped, not deleted: it is the user's work. */
  list(): Promise<DraftRecord[]>;
}

export interface DraftStoreDeps {
  readonly folder: string;
  readonly files: FileService;
  readonly fs: Pick<FsPort, 'readdir' | 'rm' | 'mkdir' | 'readFile'>;
  readonly now: () => number;
}

export function createDraftStore({ folder, files, fs, now }: DraftStoreDeps): DraftStore {
  const pathOf = (draftId: string) => {
    // The id names a file in our folder; the contract checks it too, this keeps the store safe on its own.
    if (!DRAFT_ID.test(draftId)) throw new Error(`Invalid draft id ${draftId}`);
    return join(folder, `${draftId}${DRAFT_SUFFIX}`);
  };

  async function read(draftId: string): Promise<{ record: DraftRecord; text: string } | null> {
    let content: string;
    try {
      content = await fs.readFile(pathOf(draftId), 'utf8');
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    const newline = content.indexOf('\n');
    if (newline < 0) return null;
    let header: unknown;
    try {
      header = JSON.parse(content.slice(0, newline));
    } catch {
      return null;
    }
    const parsed = headerSchema.safeParse(header);
    if (!parsed.success || parsed.data.draftId !== draftId) return null;
    const { path, base, savedAt } = parsed.data;
    return { record: { draftId, path, base, savedAt }, text: content.slice(newline + 1) };
  }

  return {
    async write({ draftId, path, base, text }) {
      const header = { journeyboardDraft: 1, draftId, path, base, savedAt: now() };
      await fs.mkdir(folder, { recursive: true });
      await files.writeAtomically(pathOf(draftId), `${JSON.stringify(header)}\n${text}`);
    },
    read,
    async remove(draftId) {
      await fs.rm(pathOf(draftId), { force: true });
    },
    async list() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
      const ids = names.filter((name) => name.endsWith(DRAFT_SUFFIX)).map((name) => name.slice(0, -DRAFT_SUFFIX.length));
      const drafts = await Promise.all(ids.filter((id) => DRAFT_ID.test(id)).map((id) => read(id).catch(() => null)));
      return drafts.flatMap((draft) => (draft ? [draft.record] : []));
    },
  };
}
