/** Issue 12 item 4: saves that cannot hurt, each point against a real temp folder. */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlessedPaths } from '../../../electron/files/blessedPaths';
import { toFileError } from '../../../electron/files/fileErrors';
import { backupPathFor, createFileService, nodeFsPort, tempPathFor, type FsPort } from '../../../electron/files/fileService';
import { stampOf } from '../../../electron/files/fileStamp';
import { createRecentFiles } from '../../../electron/files/recentFiles';
import { renameWithRetry } from '../../../electron/files/renameRetry';
import { createDocumentService } from '../../../electron/ipc/documentService';
import { createI18n } from '../../../renderer/i18n/i18n';
import { confPreferences } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const unix = process.platform !== 'win32';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

async function seed(name: string, text: string) {
  const path = join(folder.path, name);
  await writeFile(path, text);
  return { path, stamp: stampOf(Buffer.from(text), (await stat(path)).mtimeMs) };
}

function documentsIn(root: string) {
  const blessed = createBlessedPaths();
  const preferences = confPreferences(join(root, 'prefs'));
  const documents = createDocumentService({
    files: createFileService(),
    blessed,
    preferences,
    defaultFolder: root,
    recent: createRecentFiles(preferences),
  });
  return { blessed, documents };
}

describe('temp files', () => {
  it('uses one fixed temp name per target, so a killed save leaves at most one leftover', () => {
    expect(tempPathFor(join('/maps', 'q3.cjm'))).toBe(join('/maps', '.q3.cjm.tmp'));
  });

  it('sweeps leftovers of killed saves (fixed and older random names) on save', async () => {
    const { path, stamp } = await seed('map.cjm', 'v1');
    await writeFile(tempPathFor(path), 'half a map');
    await writeFile(tempPathFor(backupPathFor(path)), 'half a backup');
    await writeFile(join(folder.path, '.map.cjm.0123456789ab.tmp'), 'old-style leftover');
    await writeFile(join(folder.path, '.other.cjm.tmp'), 'another file’s temp');

    await createFileService().writeDocument(path, 'v2', { base: stamp, overwriteConflict: false });

    expect((await readdir(folder.path)).sort()).toEqual(['.other.cjm.tmp', 'map.cjm', 'map.cjm.bak']);
  });

  it('sweeps leftovers on open', async () => {
    const { path } = await seed('map.cjm', 'v1');
    await writeFile(tempPathFor(path), 'half a map');

    await createFileService().readDocument(path);

    expect(await readdir(folder.path)).toEqual(['map.cjm']);
  });
});

describe.skipIf(!unix)('paths and links', () => {
  it('writes exactly the normalized path that was blessed, never through `link/..`', async () => {
    const outside = join(folder.path, 'outside', 'deep');
    await mkdir(outside, { recursive: true });
    const work = join(folder.path, 'work');
    await mkdir(work);
    await symlink(outside, join(work, 'link'));
    const { blessed, documents } = documentsIn(folder.path);
    // Lexically work/map.cjm; the OS resolves `link/..` to the folder around outside/deep. (join would normalize it away.)
    const sneaky = `${work}/link/../map.cjm`;
    blessed.bless(sneaky);

    const outcome = await documents.save({ path: sneaky, text: 'mine', base: null, overwriteConflict: true });

    expect(outcome).toMatchObject({ kind: 'saved', path: join(work, 'map.cjm') });
    expect(await readFile(join(work, 'map.cjm'), 'utf8')).toBe('mine');
    expect(await readdir(join(folder.path, 'outside'))).toEqual(['deep']);
    expect(await readdir(work)).toEqual(['link', 'map.cjm']);
  });

  it.each([
    ['a folder', async (target: string) => mkdir(target)],
    ['a text file', async (target: string) => writeFile(target, 'not a map')],
    ['nothing (a dangling link)', async () => undefined],
  ])('refuses to write through a .cjm symlink to %s', async (_label, make) => {
    const target = join(folder.path, 'target.txt');
    await make(target);
    const link = join(folder.path, 'map.cjm');
    await symlink(target, link);

    const failure = await createFileService()
      .writeDocument(link, 'mine', { base: null, overwriteConflict: true })
      .catch((error: unknown) => error);

    expect(toFileError(failure).code).toBe('badLink');
    expect((await readdir(folder.path)).sort()).toEqual(['map.cjm', ...((await stat(target).catch(() => null)) ? ['target.txt'] : [])].sort());
  });

  it('refuses a named pipe at once instead of hanging every file operation', async () => {
    const fifo = join(folder.path, 'x.cjm');
    execFileSync('mkfifo', [fifo]);
    const files = createFileService();

    const read = await files.readDocument(fifo).catch((error: unknown) => error);
    const write = await files.writeDocument(fifo, 'mine', { base: null, overwriteConflict: true }).catch((error: unknown) => error);
    const stamp = await files.readStamp(fifo).catch((error: unknown) => error);

    expect(toFileError(read).code).toBe('notAFile');
    expect(toFileError(write).code).toBe('notAFile');
    expect(toFileError(stamp).code).toBe('notAFile');
    expect(await readdir(folder.path)).toEqual(['x.cjm']);
  }, 5_000);

  it('refuses a device before opening it', async () => {
    const failure = await createFileService().readDocument('/dev/zero').catch((error: unknown) => error);
    expect(toFileError(failure).code).toBe('notAFile');
  });
});

describe('backups and full disks', () => {
  it('warns but saves when a folder named <file>.bak is in the way', async () => {
    const { path, stamp } = await seed('map.cjm', 'v1');
    await mkdir(backupPathFor(path));

    const result = await createFileService().writeDocument(path, 'v2', { base: stamp, overwriteConflict: false });

    expect(result).toMatchObject({ kind: 'written', backupFailed: expect.any(String) });
    expect(await readFile(path, 'utf8')).toBe('v2');
    expect((await readdir(folder.path)).sort()).toEqual(['map.cjm', 'map.cjm.bak']);
  });

  it('reports a full disk in words, leaving the file as it was', async () => {
    const { path, stamp } = await seed('map.cjm', 'v1');
    const full: FsPort = {
      ...nodeFsPort,
      rename: async (from, to) => {
        if (String(to) === path) throw errno('ENOSPC');
        return nodeFsPort.rename(from, to);
      },
    };
    const failure = await createFileService({ fs: full })
      .writeDocument(path, 'v2', { base: stamp, overwriteConflict: false })
      .catch((error: unknown) => error);
    const i18n = await createI18n('en');

    expect(toFileError(failure).code).toBe('diskFull');
    expect(i18n.t(`fileError.${toFileError(failure).code}`)).toMatch(/disk is full/);
    expect(await readFile(path, 'utf8')).toBe('v1');
  });
});

describe('rename retries on Windows', () => {
  const flaky = (codes: string[]) => {
    const calls: string[] = [];
    const rename = async (from: string, to: string) => {
      calls.push(`${from}->${to}`);
      const code = codes.shift();
      if (code) throw errno(code);
    };
    return { rename, calls };
  };

  it('retries EPERM, EBUSY and EACCES with a growing delay until the rename goes through', async () => {
    const { rename, calls } = flaky(['EPERM', 'EBUSY', 'EACCES']);
    const sleeps: number[] = [];
    await renameWithRetry(rename, { platform: 'win32', sleep: async (ms) => void sleeps.push(ms) })('a', 'b');
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([10, 20, 40]);
  });

  it('gives up after its time budget with the last error', async () => {
    const { rename } = flaky(Array(100).fill('EBUSY'));
    const sleeps: number[] = [];
    const failure = await renameWithRetry(rename, { platform: 'win32', sleep: async (ms) => void sleeps.push(ms), budgetMs: 1000 })('a', 'b').catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'EBUSY' });
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1000);
  });

  it('does not retry other errors, nor on other systems', async () => {
    for (const [platform, code] of [['win32', 'EIO'], ['linux', 'EBUSY']] as const) {
      const { rename, calls } = flaky([code]);
      await expect(renameWithRetry(rename, { platform, sleep: async () => undefined })('a', 'b')).rejects.toMatchObject({ code });
      expect(calls).toHaveLength(1);
    }
  });

  it('is what the file service renames with', async () => {
    const { path, stamp } = await seed('map.cjm', 'v1');
    let busy = 2;
    const sleeps: number[] = [];
    const fs: FsPort = {
      ...nodeFsPort,
      rename: async (from, to) => {
        if (String(to) === path && busy-- > 0) throw errno('EBUSY');
        return nodeFsPort.rename(from, to);
      },
    };
    const files = createFileService({ fs, platform: 'win32', sleep: async (ms) => void sleeps.push(ms) });

    expect(await files.writeDocument(path, 'v2', { base: stamp, overwriteConflict: false })).toMatchObject({ kind: 'written' });
    expect(sleeps).toEqual([10, 20]);
    expect(await readFile(path, 'utf8')).toBe('v2');
  });
});
