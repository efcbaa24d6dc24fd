/**
 * What may be read or replaced, decided before anything is opened: opening a
 * named pipe blocks until a writer appears (a FIFO named `x.cjm` used to hang
 * every file operation), and renaming over a symlink would replace the link.
 * Also the fixed temp names, so that a killed save leaves at most one leftover
 * per file, and the sweep that removes leftovers on open and on save.
 */
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDocumentPath } from './blessedPaths';
import { FileProblem, isNotFound } from './fileErrors';
import type { FsPort } from './fileService';

export const backupPathFor = (path: string): string => `${path}.bak`;

/** One temp name per target: a new save reuses (first removes) what a killed one left. */
export const tempPathFor = (target: string): string => join(dirname(target), `.${basename(target)}.tmp`);

/** Temp files of versions before fixed names: `.<name>.<12 hex digits>.tmp`. */
const legacyTempPattern = (name: string) =>
  new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.bak)?\\.[0-9a-f]{12}\\.tmp$`);

/** Removes the temp files a killed save of `target` may have left; best effort. */
export async function sweepTemps(fs: FsPort, target: string): Promise<void> {
  const leftovers = [tempPathFor(target), tempPathFor(backupPathFor(target))];
  try {
    const pattern = legacyTempPattern(basename(target));
    for (const name of await fs.readdir(dirname(target))) {
      if (pattern.test(name)) leftovers.push(join(dirname(target), name));
    }
  } catch {
    // An unreadable folder will fail the save itself with a clear error.
  }
  await Promise.all(leftovers.map((path) => fs.rm(path, { force: true }).catch(() => undefined)));
}

const notAFile = (path: string) => new FileProblem('notAFile', `${path} is not a regular file`);

/** Refuses pipes, devices and folders before they are opened; follows symlinks. */
export async function checkReadable(fs: FsPort, path: string): Promise<Stats> {
  const stats = await fs.stat(path);
  if (!stats.isFile()) throw notAFile(path);
  return stats;
}

export interface WriteTarget {
  /** The regular file to replace: `path` itself, or the `.cjm` a symlink at `path` points to. */
  readonly target: string;
  /** Its current state, or null when no file exists there yet. */
  readonly current: Stats | null;
}

/**
 * Where a save of `path` may write. A `.cjm` that is a symlink is followed only
 * to a regular `.cjm` file; any other target (a folder, a pipe, a dangling
 * link, another kind of file) is refused with `badLink`.
 */
export async function resolveWriteTarget(fs: FsPort, path: string): Promise<WriteTarget> {
  let own: Stats;
  try {
    own = await fs.lstat(path);
  } catch (error) {
    if (isNotFound(error)) return { target: path, current: null };
    throw error;
  }
  if (own.isSymbolicLink()) {
    const badLink = () => new FileProblem('badLink', `${path} is a link to something other than a .cjm file`);
    const target = await fs.realpath(path).catch(() => {
      throw badLink();
    });
    const current = await fs.stat(target);
    if (!current.isFile() || !isDocumentPath(target)) throw badLink();
    return { target, current };
  }
  if (!own.isFile()) throw notAFile(path);
  return { target: path, current: own };
}
