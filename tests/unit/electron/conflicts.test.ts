/**
 * Issue 12 acceptance, conflict tests: a foreign write with a restored mtime, a
 * foreign write within the same mtime tick, a replace by rename and a delete are
 * all detected, by the save and by the watcher, and nothing is lost.
 */
import { readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DiskChange, FileStamp } from '../../../electron/ipc-contract';
import { backupPathFor, createFileService } from '../../../electron/files/fileService';
import { createFileWatch, nodeWatchPorts, POLL_MS, type WatchPorts } from '../../../electron/files/fileWatcher';
import { dispatchInvoke } from '../../../electron/ipc/invokeHandlers';
import { createMainServices } from '../../../electron/services';
import { confPreferences, FakeDialogs, FakeWindow, presenterContext } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const files = createFileService();

let path: string;
let opened: FileStamp;

beforeEach(async () => {
  path = join(folder.path, 'map.cjm');
  await writeFile(path, 'version A, opened by us');
  // An mtime on a whole second, like a file system with 1-second timestamps.
  await utimes(path, new Date('2026-11-20T09:00:00Z'), new Date('2026-11-20T09:00:00Z'));
  opened = (await files.readDocument(path)).stamp;
});

/** The four ways another program changes the file under us. */
const foreignChanges: ReadonlyArray<readonly [string, () => Promise<void>, 'changed' | 'deleted']> = [
  [
    'a foreign write that restores the mtime (touch -r, rsync)',
    async () => {
      await writeFile(path, 'version B, another program, longer');
      await utimes(path, new Date(opened.mtimeMs), new Date(opened.mtimeMs));
    },
    'changed',
  ],
  [
    'a foreign write within the same mtime tick, same size',
    async () => {
      await writeFile(path, 'version B, opened by us'.padEnd('version A, opened by us'.length));
      await utimes(path, new Date(opened.mtimeMs), new Date(opened.mtimeMs));
    },
    'changed',
  ],
  [
    'a replace by rename (how editors and sync clients save)',
    async () => {
      const theirs = join(folder.path, 'sync-tmp');
      await writeFile(theirs, 'version B, renamed into place');
      await rename(theirs, path);
    },
    'changed',
  ],
  ['a delete', () => rm(path), 'deleted'],
];

describe.each(foreignChanges)('%s', (_label, change, kind) => {
  it('makes the save stop and ask, writing nothing', async () => {
    await change();
    const before = await readFile(path).catch(() => null);

    const result = await files.writeDocument(path, 'our edits', { base: opened, overwriteConflict: false });

    expect(result).toMatchObject({ kind: 'conflict', disk: kind === 'deleted' ? null : expect.any(Object) });
    expect(await readFile(path).catch(() => null)).toEqual(before);
  });

  it('loses nothing when the user then chooses to overwrite: theirs is the .bak (or the file is recreated)', async () => {
    await change();
    const theirs = await readFile(path, 'utf8').catch(() => null);

    await files.writeDocument(path, 'our edits', { base: opened, overwriteConflict: true });

    expect(await readFile(path, 'utf8')).toBe('our edits');
    if (theirs !== null) expect(await readFile(backupPathFor(path), 'utf8')).toBe(theirs);
  });

  it('is reported by the watcher, once', async () => {
    const changes: DiskChange[] = [];
    const watch = createFileWatch(files, quietPorts, (c) => changes.push(c));
    watch.set(path, opened);

    await change();
    await watch.check();
    await watch.check();

    expect(changes).toEqual([{ path, kind }]);
    watch.dispose();
  });
});

/** No fs.watch and no timer: the test triggers every check itself. */
const quietPorts: WatchPorts = {
  watchFolder: () => {
    throw new Error('not supported here');
  },
  every: () => () => undefined,
  statOf: nodeWatchPorts.statOf,
};

describe('the watcher', () => {
  it('sees a foreign write through fs.watch without being asked', async () => {
    const changes: DiskChange[] = [];
    const watch = createFileWatch(files, nodeWatchPorts, (c) => changes.push(c));
    watch.set(path, opened);

    await writeFile(path, 'version B');
    // Sooner than the poll would see it.
    await expect.poll(() => changes, { timeout: POLL_MS - 500 }).toEqual([{ path, kind: 'changed' }]);
    watch.dispose();
  });

  it('falls back to polling size and mtime where fs.watch is not available', async () => {
    const changes: DiskChange[] = [];
    const ticks: Array<() => void> = [];
    const ports: WatchPorts = { ...quietPorts, every: (_ms, tick) => (ticks.push(tick), () => undefined) };
    const watch = createFileWatch(files, ports, (c) => changes.push(c));
    watch.set(path, opened);

    await writeFile(path, 'version B, a different size');
    ticks.forEach((tick) => tick());
    await expect.poll(() => changes).toEqual([{ path, kind: 'changed' }]);
    watch.dispose();
  });

  it('never takes our own save for a foreign one', async () => {
    const changes: DiskChange[] = [];
    const watch = createFileWatch(files, quietPorts, (c) => changes.push(c));
    watch.set(path, opened);

    const result = await files.writeDocument(path, 'our edits', { base: opened, overwriteConflict: false });
    if (result.kind !== 'written') throw new Error('expected a write');
    watch.known(path, result.stamp);
    await watch.check();

    expect(changes).toEqual([]);
  });

  it('takes the stamp of the bytes we wrote, so a write racing our rename is still seen', async () => {
    const result = await files.writeDocument(path, 'our edits', { base: opened, overwriteConflict: false });
    if (result.kind !== 'written') throw new Error('expected a write');
    // Another program writes right after our rename, keeping size and mtime.
    await writeFile(path, 'their edit');
    await utimes(path, new Date(result.stamp.mtimeMs), new Date(result.stamp.mtimeMs));

    expect(await files.writeDocument(path, 'more edits', { base: result.stamp, overwriteConflict: false })).toMatchObject({
      kind: 'conflict',
    });
  });
});

describe('through the IPC handlers', () => {
  it('watches the open file: our own save is not reported, a foreign write after it is', async () => {
    const services = createMainServices({
      preferences: confPreferences(join(folder.path, 'prefs')),
      defaultFolder: folder.path,
      userDataFolder: join(folder.path, 'userData'),
    });
    const window = new FakeWindow();
    const context = presenterContext(new FakeDialogs(), window);
    const opened = await dispatchInvoke(services.handlers, 'openRecent', [{ path }], context).catch(() => null);
    expect(opened).toMatchObject({ kind: 'error', error: { code: 'notAllowed' } });
    const file = await services.documents.openPath(path);
    if (file.kind !== 'opened') throw new Error('not opened');
    await dispatchInvoke(services.handlers, 'watchFile', [{ path, base: file.file.stamp }], context);

    const saved = await dispatchInvoke(services.handlers, 'saveFile', [{ path, text: 'ours', base: file.file.stamp, overwriteConflict: false }], context);
    expect(saved).toMatchObject({ kind: 'saved' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.diskChanges).toEqual([]);

    await writeFile(path, 'theirs');
    await expect.poll(() => window.diskChanges, { timeout: POLL_MS - 500 }).toEqual([{ path, kind: 'changed' }]);
    services.forgetWindow(window);
  });
});
