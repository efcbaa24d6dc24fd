/** Exports, CSV open and the facilitator's templates, through the real file service in a real temp folder. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileService, nodeFsPort, type FsPort } from '../../../electron/files/fileService';
import { createShareService, safeFileStem } from '../../../electron/ipc/shareService';
import { confPreferences, FakeDialogs } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

function setUp(fs: FsPort = nodeFsPort) {
  const dialogs = new FakeDialogs();
  const share = createShareService({
    files: createFileService({ fs }),
    preferences: confPreferences(join(folder.path, 'prefs')),
    defaultFolder: folder.path,
    templatesFolder: join(folder.path, 'user-data', 'templates'),
  });
  return { dialogs, share };
}

const CSV = '\uFEFFid,type,text\r\nn1,note,Zażółć – șțâ – Ромашка\r\n';

describe('exportWithDialog', () => {
  it('writes the exact text, BOM included, to the picked file with its extension, and suggests the map title', async () => {
    const { dialogs, share } = setUp();
    dialogs.exportAnswers.push(join(folder.path, 'notes'));
    const outcome = await share.exportWithDialog({ kind: 'csv', suggestedName: 'Zakup / prezent?', text: CSV }, dialogs);
    expect(outcome).toEqual({ kind: 'exported', name: 'notes.csv' });
    expect(await readFile(join(folder.path, 'notes.csv'))).toEqual(Buffer.from(CSV, 'utf8'));
    expect(dialogs.shown).toEqual([`export csv as ${join(folder.path, 'Zakup prezent.csv')}`]);
  });

  it('asks again before the extension it adds would replace a file the user never confirmed replacing', async () => {
    const { dialogs, share } = setUp();
    await writeFile(join(folder.path, 'report.md'), 'last week');
    dialogs.exportAnswers.push(join(folder.path, 'report'), null);
    const outcome = await share.exportWithDialog({ kind: 'markdown', suggestedName: 'x', text: '# x' }, dialogs);
    expect(outcome).toEqual({ kind: 'canceled' });
    expect(dialogs.shown.at(-1)).toBe(`export markdown as ${join(folder.path, 'report.md')}`);
    expect(await readFile(join(folder.path, 'report.md'), 'utf8')).toBe('last week');
  });

  it('never replaces a map, whatever name the user typed', async () => {
    const { dialogs, share } = setUp();
    await writeFile(join(folder.path, 'map.cjm'), 'precious');
    dialogs.exportAnswers.push(join(folder.path, 'map.cjm'));
    const outcome = await share.exportWithDialog({ kind: 'markdown', suggestedName: 'x', text: '# x' }, dialogs);
    expect(outcome).toMatchObject({ kind: 'error', error: { code: 'notAllowed' } });
    expect(await readFile(join(folder.path, 'map.cjm'), 'utf8')).toBe('precious');
  });

  it('a failed write says why and leaves neither a partial file nor a temp file', async () => {
    const target = join(folder.path, 'report.md');
    await writeFile(target, 'the old report');
    const failing: FsPort = {
      ...nodeFsPort,
      rename: async (from, to) => {
        if (String(to) === target) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' });
        return nodeFsPort.rename(from, to);
      },
    };
    const { dialogs, share } = setUp(failing);
    dialogs.exportAnswers.push(target);
    const outcome = await share.exportWithDialog({ kind: 'markdown', suggestedName: 'x', text: '# new' }, dialogs);
    expect(outcome).toEqual({ kind: 'error', error: { code: 'io', detail: 'EIO: simulated' } });
    expect(await readFile(target, 'utf8')).toBe('the old report');
    expect((await readdir(folder.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a cancelled dialog writes nothing', async () => {
    const { dialogs, share } = setUp();
    dialogs.exportAnswers.push(null);
    expect(await share.exportWithDialog({ kind: 'csv', suggestedName: 'x', text: CSV }, dialogs)).toEqual({ kind: 'canceled' });
    expect(await readdir(folder.path)).toEqual(['prefs']);
  });
});

describe('exportBytesWithDialog', () => {
  /** The first bytes of a PNG, a zero and a 0xff: nothing of it may be re-encoded as text. */
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);

  it('writes exactly the bytes to the picked file, with the extension of its kind and a clean suggested name', async () => {
    const { dialogs, share } = setUp();
    dialogs.exportAnswers.push(join(folder.path, 'slide'));
    const outcome = await share.exportBytesWithDialog({ kind: 'png', suggestedName: 'Карта пути: клиент*', bytes: PNG }, dialogs);
    expect(outcome).toEqual({ kind: 'exported', name: 'slide.png' });
    expect(new Uint8Array(await readFile(join(folder.path, 'slide.png')))).toEqual(PNG);
    expect(dialogs.shown).toEqual([`export png as ${join(folder.path, 'Карта пути клиент.png')}`]);
  });

  it('writes only the viewed part of a larger buffer', async () => {
    const { dialogs, share } = setUp();
    const backing = new Uint8Array([1, 2, ...PNG, 3, 4]);
    dialogs.exportAnswers.push(join(folder.path, 'part.png'));
    await share.exportBytesWithDialog({ kind: 'png', suggestedName: 'x', bytes: backing.subarray(2, 2 + PNG.length) }, dialogs);
    expect(new Uint8Array(await readFile(join(folder.path, 'part.png')))).toEqual(PNG);
  });

  it('a write that fails half-way (disk full) says why and leaves no partial file and no temp file', async () => {
    const target = join(folder.path, 'poster.pdf');
    // A real file handle that writes the first half, then reports a full disk.
    const failing: FsPort = {
      ...nodeFsPort,
      open: async (path, flags, mode) => {
        const handle = await nodeFsPort.open(path, flags, mode);
        if (!String(path).endsWith('.tmp')) return handle;
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (data: Uint8Array) => {
            await handle.write(data.subarray(0, data.byteLength >> 1));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          close: () => handle.close(),
        });
      },
    };
    const { dialogs, share } = setUp(failing);
    dialogs.exportAnswers.push(target);
    const outcome = await share.exportBytesWithDialog({ kind: 'pdf', suggestedName: 'x', bytes: new Uint8Array(4096).fill(0x25) }, dialogs);
    expect(outcome).toEqual({ kind: 'error', error: { code: 'diskFull', detail: 'ENOSPC: no space left on device, write' } });
    expect((await readdir(folder.path)).sort()).toEqual(['prefs']);
  });

  it('a failed rename keeps the previous export whole and leaves no temp file', async () => {
    const target = join(folder.path, 'map.svg');
    await writeFile(target, '<svg>old</svg>');
    const failing: FsPort = {
      ...nodeFsPort,
      rename: async (from, to) => {
        if (String(to) === target) throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
        return nodeFsPort.rename(from, to);
      },
    };
    const { dialogs, share } = setUp(failing);
    dialogs.exportAnswers.push(target);
    const outcome = await share.exportBytesWithDialog({ kind: 'svg', suggestedName: 'x', bytes: new TextEncoder().encode('<svg>new</svg>') }, dialogs);
    expect(outcome).toEqual({ kind: 'error', error: { code: 'permission', detail: 'EACCES: simulated' } });
    expect(await readFile(target, 'utf8')).toBe('<svg>old</svg>');
    expect((await readdir(folder.path)).sort()).toEqual(['map.svg', 'prefs']);
  });

  it('a cancelled dialog writes nothing', async () => {
    const { dialogs, share } = setUp();
    dialogs.exportAnswers.push(null);
    expect(await share.exportBytesWithDialog({ kind: 'pdf', suggestedName: 'x', bytes: PNG }, dialogs)).toEqual({ kind: 'canceled' });
    expect(await readdir(folder.path)).toEqual(['prefs']);
  });
});

describe('openCsvWithDialog', () => {
  it('returns the text of the picked CSV and nothing of its path', async () => {
    const { dialogs, share } = setUp();
    const path = join(folder.path, 'notes.csv');
    await writeFile(path, CSV);
    dialogs.csvAnswers.push(path);
    expect(await share.openCsvWithDialog(dialogs)).toEqual({ kind: 'opened', name: 'notes.csv', text: CSV });
  });

  it('refuses a file that is not a .csv without reading it', async () => {
    const { dialogs, share } = setUp();
    const path = join(folder.path, 'secret.txt');
    await writeFile(path, 'secret');
    dialogs.csvAnswers.push(path);
    const outcome = await share.openCsvWithDialog(dialogs);
    expect(outcome).toMatchObject({ kind: 'error', name: 'secret.txt', error: { code: 'notDocument' } });
    expect(JSON.stringify(outcome)).not.toContain('"secret"');
  });
});

describe('user templates', () => {
  it('are saved under the templates folder with safe, unique names and listed back', async () => {
    const { share } = setUp();
    expect(await share.listUserTemplates()).toEqual([]);
    expect(await share.saveUserTemplate({ name: '../../Warsztat: sklep*', text: '{"a":1}' })).toEqual({ kind: 'saved', fileName: 'Warsztat sklep.cjm' });
    expect(await share.saveUserTemplate({ name: 'Warsztat sklep', text: '{"a":2}' })).toEqual({ kind: 'saved', fileName: 'Warsztat sklep (2).cjm' });
    expect(await share.listUserTemplates()).toEqual([
      { fileName: 'Warsztat sklep (2).cjm', text: '{"a":2}' },
      { fileName: 'Warsztat sklep.cjm', text: '{"a":1}' },
    ]);
    expect(await readdir(folder.path)).toEqual(expect.not.arrayContaining(['Warsztat sklep.cjm']));
  });

  it('list only .cjm files', async () => {
    const { share } = setUp();
    const templates = join(folder.path, 'user-data', 'templates');
    await mkdir(templates, { recursive: true });
    await writeFile(join(templates, 'notes.txt'), 'x');
    await writeFile(join(templates, 'Mine.cjm'), '{}');
    expect((await share.listUserTemplates()).map((t) => t.fileName)).toEqual(['Mine.cjm']);
  });

  it('make a file name of any title', () => {
    expect(safeFileStem('  ..a/b\\c:d*e?  ')).toBe('a b cde');
    expect(safeFileStem('...')).toBe('Journey map');
    expect(safeFileStem('Карта пути клиента – ș')).toBe('Карта пути клиента – ș');
  });
});
