/**
 * Watches the open file for changes made by other programs. fs.watch is set on
 * the folder, not the file, because a program that saves by renaming a new file
 * over the old one (most editors, sync clients) leaves a file watch looking at
 * the old inode. fs.watch is missing or silent on some network and FUSE file
 * systems, so a poll of the file's size and mtime runs as well.
 *
 * Every signal ends in the same check: hash what is on disk and compare it with
 * the version the renderer has. One report per foreign version, so a program
 * writing in bursts shows one bar.
 */
import { watch as nodeWatch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { DiskChange, FileStamp } from '../ipc-contract';
import { isConflict, type FileService } from './fileService';

export interface WatchPorts {
  /** Calls `listener` on any change in `folder`; may throw where watching is not supported. */
  readonly watchFolder: (folder: string, listener: (fileName: string | null) => void) => { close(): void };
  /** Runs `tick` every `ms` until the returned function is called. */
  readonly every: (ms: number, tick: () => void) => () => void;
  readonly statOf: (path: string) => Promise<{ size: number; mtimeMs: number } | null>;
  /** Resolves after `ms`; the real timer unless a test brings its own. */
  readonly wait?: (ms: number) => Promise<void>;
}

export const POLL_MS = 2000;
/**
 * Our own save fires the folder watch before the save has told us its version
 * (known()), so a version that looks foreign is looked at again after this
 * long; only a version that still differs then is reported.
 */
export const SETTLE_MS = 300;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const nodeWatchPorts: WatchPorts = {
  watchFolder: (folder, listener) => {
    const watcher = nodeWatch(folder, { persistent: false }, (_event, fileName) => listener(fileName ? String(fileName) : null));
    // A folder that disappears reports an error; the poll keeps watching.
    watcher.on('error', () => watcher.close());
    return watcher;
  },
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref?.();
    return () => clearInterval(timer);
  },
  statOf: (path) => stat(path).then(
    ({ size, mtimeMs }) => ({ size, mtimeMs }),
    () => null,
  ),
};

export interface FileWatch {
  /** Starts watching `path` (null: stop) with `base` as the version the renderer has. */
  set(path: string | null, base: FileStamp | null): void;
  /** Our own read or write of `path`: from now on that is the version the renderer has. */
  known(path: string, stamp: FileStamp): void;
  /** Hashes the file now; resolves when any report was sent. */
  check(): Promise<void>;
  dispose(): void;
}

export function createFileWatch(files: FileService, ports: WatchPorts, onChange: (change: DiskChange) => void): FileWatch {
  let path: string | null = null;
  let base: FileStamp | null = null;
  /** The version last reported (its hash, or 'deleted'), so each foreign version is reported once. */
  let reported: string | null = null;
  let lastStat: { size: number; mtimeMs: number } | null = null;
  let stops: Array<() => void> = [];
  let checking: Promise<void> = Promise.resolve();

  /** What is on disk now, or undefined when it cannot be read for a moment (a writer holds it). */
  async function diskNow(watched: string): Promise<FileStamp | null | undefined> {
    try {
      return await files.readStamp(watched);
    } catch {
      return undefined;
    }
  }

  async function checkNow(): Promise<void> {
    const watched = path;
    if (watched === null) return;
    let disk = await diskNow(watched);
    if (disk === undefined || watched !== path) return;
    if (isConflict(base, disk)) {
      await (ports.wait ?? sleep)(SETTLE_MS);
      disk = await diskNow(watched);
      if (disk === undefined || watched !== path) return;
    }
    lastStat = disk && { size: disk.size, mtimeMs: disk.mtimeMs };
    if (!isConflict(base, disk)) {
      reported = null;
      return;
    }
    const version = disk?.sha256 ?? 'deleted';
    if (version === reported) return;
    reported = version;
    onChange({ path: watched, kind: disk ? 'changed' : 'deleted' });
  }

  const check = () => (checking = checking.then(checkNow));

  function stop(): void {
    for (const close of stops.splice(0)) close();
  }

  return {
    set(nextPath, nextBase) {
      stop();
      path = nextPath === null ? null : resolve(nextPath);
      base = nextBase;
      reported = null;
      lastStat = nextBase && { size: nextBase.size, mtimeMs: nextBase.mtimeMs };
      if (path === null) return;
      const name = basename(path);
      try {
        const watcher = ports.watchFolder(dirname(path), (fileName) => {
          if (fileName === null || fileName === name) void check();
        });
        stops.push(() => watcher.close());
      } catch {
        // No fs.watch here (some network shares): the poll alone watches.
      }
      const polled = path;
      stops.push(
        ports.every(POLL_MS, () => {
          void ports.statOf(polled).then((stat) => {
            const same = stat === null ? lastStat === null : lastStat !== null && stat.size === lastStat.size && stat.mtimeMs === lastStat.mtimeMs;
            if (!same) void check();
          });
        }),
      );
    },
    known(knownPath, stamp) {
      if (path !== null && resolve(knownPath) === path) {
        base = stamp;
        reported = null;
        lastStat = { size: stamp.size, mtimeMs: stamp.mtimeMs };
      }
    },
    check,
    dispose: () => {
      stop();
      path = null;
    },
  };
}
