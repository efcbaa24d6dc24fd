import { chmod, lstat, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileProblem, toFileError } from '../../../electron/files/fileErrors';
import { backupPathFor, createFileService, nodeFsPort, type FsPort } from '../../../electron/files/fileService';
import { stampOf, type FileStamp } from '../../../electron/files/fileStamp';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, except that renaming onto `failingTarget` fails like a full or vanished disk. */
function fsWithFailingRenameOnto(failingTarget: string): FsPort {
  return {
    ...nodeFsPort,
    rename: async (from, to) => {
      if (String(to) === failingTarget) throw errno('EIO');
      return nodeFsPort.rename(from, to);
    },
  };
}

async function seed(name: string, text: string): Promise<{ path: string; stamp: FileStamp }> {
  const path = join(folder.path, name);
  await writeFile(path, text);
  return { path, stamp: stampOf(Buffer.from(text), (await stat(path)).mtimeMs) };
}

describe('writeDocument', () => {
  it('writes the exact bytes of a new file and reports its mtime', async () => {
    const files = createFileService();
    const path = join(folder.path, 'new.cjm');
    const text = '{"title":"Zażółć gęślą jaźń — Ромашка"}\n';

    const result = await files.writeDocument(path, text, { base: null, overwriteConflict: false });

    expect(await readFile(path)).toEqual(Buffer.from(text, 'utf8'));
    expect(result).toEqual({ kind: 'written', stamp: stampOf(Buffer.from(text), (await stat(path)).mtimeMs), backupFailed: null });
    expect(await readdir(folder.path)).toEqual(['new.cjm']);
  });

  it('keeps the previous version as <file>.bak when replacing a file', async () => {
    const files = createFileService();
    const { path, stamp } = await seed('map.cjm', 'version one');

    const result = await files.writeDocument(path, 'version two', { base: stamp, overwriteConflict: false });

    expect(result.kind).toBe('written');
    expect(await readFile(path, 'utf8')).toBe('version two');
    expect(await readFile(backupPathFor(path), 'utf8')).toBe('version one');
    expect((await readdir(folder.path)).sort()).toEqual(['map.cjm', 'map.cjm.bak']);
  });

  it('reports a conflict and writes nothing when another program changed the file', async () => {
    const files = createFileService();
    const { path, stamp } = await seed('map.cjm', 'what the user opened');
    await writeFile(path, 'what another program wrote');
    await utimes(path, new Date(), new Date(stamp.mtimeMs + 5_000));
    const diskMtimeMs = (await stat(path)).mtimeMs;

    const result = await files.writeDocument(path, 'the user edits', { base: stamp, overwriteConflict: false });

    expect(result).toEqual({ kind: 'conflict', disk: stampOf(Buffer.from('what another program wrote'), diskMtimeMs) });
    expect(await readFile(path, 'utf8')).toBe('what another program wrote');
    expect(await readdir(folder.path)).toEqual(['map.cjm']);
  });

  it('treats a file that appeared where none was read as a conflict', async () => {
    const files = createFileService();
    const { path } = await seed('map.cjm', 'someone else');

    const result = await files.writeDocument(path, 'mine', { base: null, overwriteConflict: false });

    expect(result.kind).toBe('conflict');
    expect(await readFile(path, 'utf8')).toBe('someone else');
  });

  it('overwrites a changed file when the user chose to', async () => {
    const files = createFileService();
    const { path } = await seed('map.cjm', 'theirs');

    const result = await files.writeDocument(path, 'mine', { base: null, overwriteConflict: true });

    expect(result.kind).toBe('written');
    expect(await readFile(path, 'utf8')).toBe('mine');
    expect(await readFile(backupPathFor(path), 'utf8')).toBe('theirs');
  });

  it('leaves the old file byte-identical and no temp file when the final rename fails', async () => {
    const { path, stamp } = await seed('map.cjm', 'precious original ✓');
    const before = await readFile(path);
    const files = createFileService({ fs: fsWithFailingRenameOnto(path) });

    await expect(
      files.writeDocument(path, 'replacement', { base: stamp, overwriteConflict: false }),
    ).rejects.toMatchObject({ code: 'EIO' });

    expect(await readFile(path)).toEqual(before);
    expect((await readdir(folder.path)).sort()).toEqual(['map.cjm', 'map.cjm.bak']);
  });

  it('still saves, and says why, when the backup cannot be written', async () => {
    const { path, stamp } = await seed('map.cjm', 'original');
    const files = createFileService({ fs: fsWithFailingRenameOnto(backupPathFor(path)) });

    const result = await files.writeDocument(path, 'replacement', { base: stamp, overwriteConflict: false });

    expect(result).toMatchObject({ kind: 'written', backupFailed: expect.stringContaining('EIO') });
    expect(await readFile(path, 'utf8')).toBe('replacement');
    expect(await readdir(folder.path)).toEqual(['map.cjm']);
  });

  it('keeps the file permissions of the file it replaces', async () => {
    const files = createFileService();
    const { path, stamp } = await seed('private.cjm', 'secret');
    await chmod(path, 0o600);

    await files.writeDocument(path, 'still secret', { base: stamp, overwriteConflict: false });

    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('updates the file a symlink points to and keeps the link', async () => {
    const files = createFileService();
    await mkdir(join(folder.path, 'shared'));
    const real = join(folder.path, 'shared', 'map.cjm');
    await writeFile(real, 'v1');
    const link = join(folder.path, 'link.cjm');
    await symlink(real, link);

    await files.writeDocument(link, 'v2', { base: stampOf(Buffer.from('v1'), (await stat(link)).mtimeMs), overwriteConflict: false });

    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('v2');
  });

  it('finishes overlapping saves of one file one after the other', async () => {
    const files = createFileService();
    const path = join(folder.path, 'map.cjm');
    const force = { base: null, overwriteConflict: true };

    await Promise.all([files.writeDocument(path, 'first', force), files.writeDocument(path, 'second', force)]);

    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readFile(backupPathFor(path), 'utf8')).toBe('first');
    expect((await readdir(folder.path)).sort()).toEqual(['map.cjm', 'map.cjm.bak']);
  });

  it('refuses text larger than the document limit without creating a file', async () => {
    const files = createFileService({ maxDocumentBytes: 8 });
    const path = join(folder.path, 'big.cjm');

    const failure = await files
      .writeDocument(path, 'ąąąąą', { base: null, overwriteConflict: false })
      .catch((error: unknown) => error);

    expect(toFileError(failure).code).toBe('tooLarge');
    expect(await readdir(folder.path)).toEqual([]);
  });
});

describe('readDocument', () => {
  it('returns the text and the mtime that a later save must match', async () => {
    const files = createFileService();
    const { path, stamp } = await seed('map.cjm', '{"a":"Łódź"}');

    expect(await files.readDocument(path)).toEqual({ text: '{"a":"Łódź"}', stamp });
  });

  it('hands over the text exactly as written, byte-order mark included (parseCjm skips it)', async () => {
    const files = createFileService();
    const { path } = await seed('bom.cjm', '\uFEFF{"a":1}');

    expect((await files.readDocument(path)).text).toBe('\uFEFF{"a":1}');
  });

  it('refuses a file larger than the limit', async () => {
    const files = createFileService({ maxDocumentBytes: 10 });
    const { path } = await seed('big.cjm', '12345678901');

    const failure = await files.readDocument(path).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(FileProblem);
    expect(toFileError(failure).code).toBe('tooLarge');
  });

  it('maps a missing file to notFound and a folder to notAFile', async () => {
    const files = createFileService();

    expect(toFileError(await files.readDocument(join(folder.path, 'gone.cjm')).catch((e: unknown) => e)).code).toBe(
      'notFound',
    );
    expect(toFileError(await files.readDocument(folder.path).catch((e: unknown) => e)).code).toBe('notAFile');
  });
});

describe('toFileError', () => {
  it.each([
    ['ENOENT', 'notFound'],
    ['ENOTDIR', 'notFound'],
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EROFS', 'permission'],
    ['EISDIR', 'io'],
    ['ENOSPC', 'diskFull'],
  ])('maps %s to %s', (code, expected) => {
    expect(toFileError(errno(code))).toEqual({ code: expected, detail: `${code}: simulated` });
  });
});
