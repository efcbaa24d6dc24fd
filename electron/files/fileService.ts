/**
 * Reading and writing user files, in plain Node so unit tests and the e2e
 * bridge run the same code as the app.
 *
 * Writes go to a temp file in the target's folder, are fsynced, then renamed
 * over the target, so a crash or a failed write never leaves a torn file. The
 * previous version is first copied the same way to `<file>.bak`.
 *
 * This does not use write-file-atomic although it does the same steps: it
 * always uses the global `fs` module, so its rename cannot be made to fail in a
 * test without patching Node itself, and "a failed write leaves the old file
 * intact" is the property that most needs a test. The operations are therefore
 * taken from an injectable `FsPort`.
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../ipc-contract';
import { FileProblem, isNotFound } from './fileErrors';

export type FsPort = Pick<typeof nodeFs, 'open' | 'stat' | 'rename' | 'rm' | 'copyFile' | 'realpath' | 'readdir' | 'mkdir'>;

export const nodeFsPort: FsPort = {
  open: nodeFs.open,
  stat: nodeFs.stat,
  rename: nodeFs.rename,
  rm: nodeFs.rm,
  copyFile: nodeFs.copyFile,
  realpath: nodeFs.realpath,
  readdir: nodeFs.readdir,
  mkdir: nodeFs.mkdir,
};

export interface WriteGuard {
  /** mtime the caller last saw; null when it never read this file. */
  readonly baseMtimeMs: number | null;
  /** The user already agreed to replace whatever is on disk. */
  readonly overwriteConflict: boolean;
}

export type WriteResult =
  | { readonly kind: 'written'; readonly mtimeMs: number }
  | { readonly kind: 'conflict'; readonly diskMtimeMs: number };

export interface FileService {
  /** UTF-8 text and the mtime it had when read; throws FileProblem or a Node error. */
  readDocument(path: string): Promise<{ text: string; mtimeMs: number }>;
  /** Replaces the file atomically, keeping the previous version as `<path>.bak`. */
  writeDocument(path: string, text: string, guard: WriteGuard): Promise<WriteResult>;
  readBytes(path: string, maxBytes: number): Promise<Buffer>;
  exists(path: string): Promise<boolean>;
  /** Writes an export (CSV, report) or a template atomically: all of it or, on failure, nothing. No backup. */
  writeExport(path: string, text: string): Promise<void>;
  /** The names of the files in a folder; none when it does not exist yet. */
  listFolder(path: string): Promise<string[]>;
}

export interface FileServiceOptions {
  readonly fs?: FsPort;
  readonly maxDocumentBytes?: number;
}

export const backupPathFor = (path: string): string => `${path}.bak`;


export function createFileService(options: FileServiceOptions = {}): FileService {
  const fs = options.fs ?? nodeFsPort;
  const maxDocumentBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  // Two saves of one file must not interleave their backup and replace steps.
  const queues = new Map<string, Promise<unknown>>();

  function serialized<T>(path: string, job: () => Promise<T>): Promise<T> {
    const key = resolve(path);
    const run = (queues.get(key) ?? Promise.resolve()).then(job);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  }

  async function statOrNull(path: string) {
    try {
      return await fs.stat(path);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async function readLimited(path: string, maxBytes: number): Promise<{ bytes: Buffer; mtimeMs: number }> {
    const handle = await fs.open(path, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw new FileProblem('io', `${path} is not a file`);
      if (stats.size > maxBytes) throw tooLarge(path, maxBytes);
      const bytes = await handle.readFile();
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) throw tooLarge(path, maxBytes);
      return { bytes, mtimeMs: stats.mtimeMs };
    } finally {
      await handle.close();
    }
  }

  /** Fills a fresh temp file beside `target`, makes it durable, then renames it over `target`. */
  async function commitViaTemp(target: string, fill: (tempPath: string) => Promise<void>): Promise<void> {
    const tempPath = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await fill(tempPath);
      await fs.rename(tempPath, target);
    } catch (error) {
      await fs.rm(tempPath, { force: true }).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(target));
  }

  async function syncFile(path: string): Promise<void> {
    const handle = await fs.open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  // Makes the rename itself durable. Windows cannot open folders, hence best effort.
  async function syncFolder(folder: string): Promise<void> {
    try {
      const handle = await fs.open(folder, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // The data is already durable; only the folder entry may lag behind.
    }
  }

  function writeBytesAtomically(target: string, bytes: Buffer, mode: number): Promise<void> {
    return commitViaTemp(target, async (tempPath) => {
      const handle = await fs.open(tempPath, 'wx', mode);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  function copyAtomically(source: string, target: string): Promise<void> {
    return commitViaTemp(target, async (tempPath) => {
      await fs.copyFile(source, tempPath, constants.COPYFILE_EXCL);
      await syncFile(tempPath);
    });
  }

  return {
    async readDocument(path) {
      const { bytes, mtimeMs } = await readLimited(path, maxDocumentBytes);
      // A byte-order mark is left in place: parseCjm skips it.
      return { text: bytes.toString('utf8'), mtimeMs };
    },

    writeDocument(path, text, guard) {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.byteLength > maxDocumentBytes) return Promise.reject(tooLarge(path, maxDocumentBytes));
      return serialized(path, async (): Promise<WriteResult> => {
        // Renaming over a symlink would replace the link; the file it points to is what the user means.
        const target = await fs.realpath(path).catch(() => path);
        const current = await statOrNull(target);
        if (current && !current.isFile()) throw new FileProblem('io', `${path} is not a file`);
        if (current && !guard.overwriteConflict && current.mtimeMs !== guard.baseMtimeMs) {
          return { kind: 'conflict', diskMtimeMs: current.mtimeMs };
        }
        if (current) await copyAtomically(target, backupPathFor(target));
        await writeBytesAtomically(target, bytes, current ? current.mode & 0o7777 : 0o666);
        const written = await fs.stat(target);
        return { kind: 'written', mtimeMs: written.mtimeMs };
      });
    },

    async readBytes(path, maxBytes) {
      return (await readLimited(path, maxBytes)).bytes;
    },

    async exists(path) {
      return (await statOrNull(path)) !== null;
    },

    writeExport(path, text) {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.byteLength > maxDocumentBytes) return Promise.reject(tooLarge(path, maxDocumentBytes));
      return serialized(path, async () => {
        await fs.mkdir(dirname(path), { recursive: true });
        const target = await fs.realpath(path).catch(() => path);
        const current = await statOrNull(target);
        if (current && !current.isFile()) throw new FileProblem('io', `${path} is not a file`);
        await writeBytesAtomically(target, bytes, current ? current.mode & 0o7777 : 0o666);
      });
    },

    async listFolder(path) {
      try {
        return await fs.readdir(path);
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
    },
  };
}

function tooLarge(path: string, maxBytes: number): FileProblem {
  return new FileProblem('tooLarge', `${path} is larger than ${maxBytes} bytes`);
}
