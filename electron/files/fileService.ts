/**
 * Reading and writing user files, in plain Node so unit tests and the e2e
 * bridge run the same code as the app.
 *
 * A save writes a temp file with a fixed name beside the target, fsyncs it and
 * renames it over the target, so a crash never leaves a torn file and a killed
 * save leaves at most one leftover, which the next open or save sweeps away.
 * The previous version is first copied the same way to `<file>.bak`; a backup
 * that cannot be made is reported but does not stop the save.
 *
 * Whether the file changed on disk is decided by the SHA-256 of its bytes
 * (fileStamp.ts), and the stamp a save returns is that of the bytes we wrote
 * and the mtime of our temp file, never of whatever is on disk after the rename.
 *
 * This does not use write-file-atomic although it does the same steps: it
 * always uses the global `fs` module, so its rename cannot be made to fail in a
 * test without patching Node itself. The operations come from an injectable `FsPort`.
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { MAX_DOCUMENT_BYTES, MAX_EXPORT_BYTES, type FileStamp } from '../ipc-contract';
import { FileProblem, isNotFound, toFileError } from './fileErrors';
import { stampOf } from './fileStamp';
import { realSleep, renameWithRetry } from './renameRetry';
import { backupPathFor, checkReadable, resolveWriteTarget, sweepTemps, tempPathFor } from './targetChecks';

export { backupPathFor, tempPathFor };

export type FsPort = Pick<
  typeof nodeFs,
  'open' | 'stat' | 'lstat' | 'rename' | 'rm' | 'copyFile' | 'realpath' | 'readdir' | 'mkdir' | 'readFile'
>;

export const nodeFsPort: FsPort = {
  open: nodeFs.open,
  stat: nodeFs.stat,
  lstat: nodeFs.lstat,
  rename: nodeFs.rename,
  rm: nodeFs.rm,
  copyFile: nodeFs.copyFile,
  realpath: nodeFs.realpath,
  readdir: nodeFs.readdir,
  mkdir: nodeFs.mkdir,
  readFile: nodeFs.readFile,
};

export interface WriteGuard {
  /** The version the caller last read or wrote; null when it never had this file. */
  readonly base: FileStamp | null;
  /** The user already agreed to replace (or recreate) whatever is on disk. */
  readonly overwriteConflict: boolean;
}

export type WriteResult =
  | { readonly kind: 'written'; readonly stamp: FileStamp; readonly backupFailed: string | null }
  /** `disk`: what is there now, or null when the file was deleted. */
  | { readonly kind: 'conflict'; readonly disk: FileStamp | null };

export interface FileService {
  /** UTF-8 text and the stamp of the bytes read; throws FileProblem or a Node error. */
  readDocument(path: string): Promise<{ text: string; stamp: FileStamp }>;
  /** Replaces the file atomically, keeping the previous version as `<path>.bak`. */
  writeDocument(path: string, text: string, guard: WriteGuard): Promise<WriteResult>;
  /** Replaces a file of our own (a draft) atomically: no backup, no conflict check. */
  writeAtomically(path: string, text: string): Promise<void>;
  /** The stamp of the file as it is now, or null when there is none. */
  readStamp(path: string): Promise<FileStamp | null>;
  readBytes(path: string, maxBytes: number): Promise<Buffer>;
  exists(path: string): Promise<boolean>;
  /**
   * Writes an export or a template atomically: all of it or, on failure,
   * nothing. No backup. Text (CSV, report, template) is written as UTF-8;
   * bytes (PDF, SVG, PNG) exactly as given.
   */
  writeExport(path: string, content: string | Uint8Array): Promise<void>;
  /** The names of the files in a folder; none when it does not exist yet. */
  listFolder(path: string): Promise<string[]>;
}

export interface FileServiceOptions {
  readonly fs?: FsPort;
  readonly maxDocumentBytes?: number;
  /** Decides whether renames are retried (Windows only); defaults to this machine. */
  readonly platform?: NodeJS.Platform;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Whether `disk` is a different version than `base`, by content. */
export function isConflict(base: FileStamp | null, disk: FileStamp | null): boolean {
  if (base === null) return disk !== null;
  return disk === null || disk.sha256 !== base.sha256;
}

export function createFileService(options: FileServiceOptions = {}): FileService {
  const fs = options.fs ?? nodeFsPort;
  const maxDocumentBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const rename = renameWithRetry((from, to) => fs.rename(from, to), {
    platform: options.platform ?? process.platform,
    sleep: options.sleep ?? realSleep,
  });
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

  async function readLimited(path: string, maxBytes: number): Promise<{ bytes: Buffer; mtimeMs: number }> {
    await checkReadable(fs, path);
    // O_NONBLOCK: should the file have been swapped for a pipe since the check, open does not hang.
    const handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw new FileProblem('notAFile', `${path} is not a regular file`);
      if (stats.size > maxBytes) throw tooLarge(path, maxBytes);
      const bytes = await handle.readFile();
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) throw tooLarge(path, maxBytes);
      return { bytes, mtimeMs: stats.mtimeMs };
    } finally {
      await handle.close();
    }
  }

  async function readStamp(path: string): Promise<FileStamp | null> {
    try {
      const { bytes, mtimeMs } = await readLimited(path, maxDocumentBytes);
      return stampOf(bytes, mtimeMs);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** Fills the fixed temp file beside `target`, makes it durable, then renames it over `target`. */
  async function commitViaTemp<T>(target: string, fill: (tempPath: string) => Promise<T>): Promise<T> {
    const tempPath = tempPathFor(target);
    let result: T;
    try {
      // A leftover (or something planted there) is removed, never written through.
      await fs.rm(tempPath, { force: true });
      result = await fill(tempPath);
      await rename(tempPath, target);
    } catch (error) {
      await fs.rm(tempPath, { force: true }).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(target));
    return result;
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

  /** Returns the stamp of what was written: our bytes and our temp file's mtime, which the rename keeps. */
  function writeBytesAtomically(target: string, bytes: Buffer, mode: number): Promise<FileStamp> {
    return commitViaTemp(target, async (tempPath) => {
      const handle = await fs.open(tempPath, 'wx', mode);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
        return stampOf(bytes, (await handle.stat()).mtimeMs);
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
      await sweepTemps(fs, path);
      const { bytes, mtimeMs } = await readLimited(path, maxDocumentBytes);
      // A byte-order mark is left in place: parseCjm skips it.
      return { text: bytes.toString('utf8'), stamp: stampOf(bytes, mtimeMs) };
    },

    writeDocument(path, text, guard) {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.byteLength > maxDocumentBytes) return Promise.reject(tooLarge(path, maxDocumentBytes));
      return serialized(path, async (): Promise<WriteResult> => {
        const { target, current } = await resolveWriteTarget(fs, path);
        await sweepTemps(fs, target);
        if (!guard.overwriteConflict) {
          const disk = current ? await readStamp(target) : null;
          if (isConflict(guard.base, disk)) return { kind: 'conflict', disk };
        }
        let backupFailed: string | null = null;
        if (current) {
          try {
            await copyAtomically(target, backupPathFor(target));
          } catch (error) {
            // No backup is better than no save: the user is told, and the file is still replaced atomically.
            backupFailed = toFileError(error).detail;
          }
        }
        const stamp = await writeBytesAtomically(target, bytes, current ? current.mode & 0o7777 : 0o666);
        return { kind: 'written', stamp, backupFailed };
      });
    },

    async writeAtomically(path, text) {
      await writeBytesAtomically(path, Buffer.from(text, 'utf8'), 0o600);
    },

    readStamp,

    async readBytes(path, maxBytes) {
      return (await readLimited(path, maxBytes)).bytes;
    },

    async exists(path) {
      try {
        await fs.lstat(path);
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },

    writeExport(path, content) {
      const isText = typeof content === 'string';
      const bytes = isText ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      const maxBytes = isText ? maxDocumentBytes : MAX_EXPORT_BYTES;
      if (bytes.byteLength > maxBytes) return Promise.reject(tooLarge(path, maxBytes));
      return serialized(path, async () => {
        await fs.mkdir(dirname(path), { recursive: true });
        const target = await fs.realpath(path).catch(() => path);
        const current = await fs.stat(target).catch((error: unknown) => {
          if (isNotFound(error)) return null;
          throw error;
        });
        // A pipe or a device at the export's path would hang the write: refused like a .cjm's.
        if (current && !current.isFile()) throw new FileProblem('notAFile', `${path} is not a regular file`);
        await sweepTemps(fs, target);
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
