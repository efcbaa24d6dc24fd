import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBlessedPaths, type BlessedPaths } from '../../../electron/files/blessedPaths';
import { createFileService } from '../../../electron/files/fileService';
import { stampOf } from '../../../electron/files/fileStamp';
import { createRecentFiles } from '../../../electron/files/recentFiles';
import { createDocumentService, type DocumentService } from '../../../electron/ipc/documentService';
import type { PreferenceStore } from '../../../electron/preferences/preferences';
import { confPreferences, FakeDialogs } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

let blessed: BlessedPaths;
let preferences: PreferenceStore;
let documents: DocumentService;
let dialogs: FakeDialogs;
let workFolder: string;
let documentsFolder: string;

beforeEach(async () => {
  workFolder = join(folder.path, 'work');
  documentsFolder = join(folder.path, 'Documents');
  await mkdir(workFolder);
  await mkdir(documentsFolder);
  blessed = createBlessedPaths();
  preferences = confPreferences(join(folder.path, 'prefs'));
  documents = createDocumentService({
    files: createFileService(),
    blessed,
    preferences,
    defaultFolder: documentsFolder,
    recent: createRecentFiles(preferences),
  });
  dialogs = new FakeDialogs();
});

async function seed(name: string, text: string): Promise<string> {
  const path = join(workFolder, name);
  await writeFile(path, text);
  return path;
}

describe('openWithDialog', () => {
  it('opens the picked map and lets it be saved afterwards', async () => {
    const path = await seed('Journey.cjm', '{"v":1}');
    dialogs.openAnswers.push(path);

    const opened = await documents.openWithDialog(dialogs);

    expect(opened).toEqual({
      kind: 'opened',
      file: { path, name: 'Journey.cjm', text: '{"v":1}', stamp: stampOf(Buffer.from('{"v":1}'), (await stat(path)).mtimeMs) },
    });
    if (opened.kind !== 'opened') throw new Error('not opened');
    const saved = await documents.save({ path, text: '{"v":2}', base: opened.file.stamp, overwriteConflict: false });
    expect(saved).toMatchObject({ kind: 'saved', path, name: 'Journey.cjm' });
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
  });

  it('starts in Documents, then in the folder of the last opened map', async () => {
    dialogs.openAnswers.push(await seed('a.cjm', '{}'), null);

    await documents.openWithDialog(dialogs);
    await documents.openWithDialog(dialogs);

    expect(dialogs.shown).toEqual([`open in ${documentsFolder}`, `open in ${workFolder}`]);
  });

  it('reports a cancelled dialog', async () => {
    dialogs.openAnswers.push(null);
    expect(await documents.openWithDialog(dialogs)).toEqual({ kind: 'canceled' });
  });

  it('refuses a picked file that is not a .cjm map, naming it, and does not bless it', async () => {
    const path = await seed('notes.txt', 'hello');
    dialogs.openAnswers.push(path);
    expect(await documents.openWithDialog(dialogs)).toMatchObject({ kind: 'error', error: { code: 'notDocument' }, name: 'notes.txt' });
    expect(blessed.isBlessed(path)).toBe(false);
  });
});

describe('save', () => {
  it('refuses a path the user never picked and writes nothing', async () => {
    const path = join(workFolder, 'sneaky.cjm');

    const outcome = await documents.save({ path, text: '{}', base: null, overwriteConflict: true });

    expect(outcome).toMatchObject({ kind: 'error', error: { code: 'notAllowed' } });
    expect(await readdir(workFolder)).toEqual([]);
  });

  it('returns a conflict and leaves the file alone when it changed since it was opened', async () => {
    const path = await seed('map.cjm', 'original');
    const opened = await documents.openPath(path);
    if (opened.kind !== 'opened') throw new Error('not opened');
    await writeFile(path, 'changed elsewhere, and longer');

    const outcome = await documents.save({ path, text: 'mine', base: opened.file.stamp, overwriteConflict: false });

    expect(outcome).toEqual({ kind: 'conflict', deleted: false });
    expect(await readFile(path, 'utf8')).toBe('changed elsewhere, and longer');
  });
});

describe('saveAs', () => {
  it('adds .cjm, saves, blesses the new path and remembers its folder', async () => {
    dialogs.saveAnswers.push(join(workFolder, 'Workshop'));

    const outcome = await documents.saveAs({ suggestedName: 'Untitled map', text: '{"a":1}' }, dialogs);

    const path = join(workFolder, 'Workshop.cjm');
    expect(outcome).toEqual({
      kind: 'saved',
      path,
      name: 'Workshop.cjm',
      stamp: stampOf(Buffer.from('{"a":1}'), (await stat(path)).mtimeMs),
      backupFailed: null,
    });
    expect(await readFile(path, 'utf8')).toBe('{"a":1}');
    expect(blessed.isBlessed(path)).toBe(true);
    expect(preferences.get('lastFolder')).toBe(workFolder);
    expect(dialogs.shown).toEqual([`save as ${join(documentsFolder, 'Untitled map.cjm')}`]);
  });

  it('replaces an existing file the user confirmed in the dialog, keeping a backup', async () => {
    const path = await seed('old.cjm', 'old content');
    dialogs.saveAnswers.push(path);

    const outcome = await documents.saveAs({ suggestedName: 'x', text: 'new content' }, dialogs);

    expect(outcome.kind).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe('new content');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('old content');
  });

  it('asks again instead of silently replacing a file whose .cjm the dialog never showed', async () => {
    const existing = await seed('Report.cjm', 'keep me');
    dialogs.saveAnswers.push(join(workFolder, 'Report'), null);

    const outcome = await documents.saveAs({ suggestedName: 'Report', text: 'new' }, dialogs);

    expect(outcome).toEqual({ kind: 'canceled' });
    expect(dialogs.shown[1]).toBe(`save as ${existing}`);
    expect(await readFile(existing, 'utf8')).toBe('keep me');
  });

  it('keeps the suggested name inside the start folder', async () => {
    dialogs.saveAnswers.push(null);

    await documents.saveAs({ suggestedName: '../../etc/passwd', text: '' }, dialogs);

    expect(dialogs.shown).toEqual([`save as ${join(documentsFolder, 'etc passwd.cjm')}`]);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    dialogs.saveAnswers.push(null);
    expect(await documents.saveAs({ suggestedName: 'a', text: '{}' }, dialogs)).toEqual({ kind: 'canceled' });
    expect(await readdir(workFolder)).toEqual([]);
  });
});

describe('openPath', () => {
  it('opens and blesses a map handed over by the OS', async () => {
    const path = await seed('FromDesktop.cjm', '{}');

    expect(await documents.openPath(path)).toMatchObject({ kind: 'opened', file: { path, name: 'FromDesktop.cjm' } });
    expect(blessed.isBlessed(path)).toBe(true);
  });

  it('refuses other file types and reports missing files', async () => {
    expect(await documents.openPath(await seed('photo.png', 'x'))).toMatchObject({ error: { code: 'notDocument' }, name: 'photo.png' });
    expect(await documents.openPath(join(workFolder, 'gone.cjm'))).toMatchObject({
      kind: 'error',
      error: { code: 'notFound' },
    });
  });
});
