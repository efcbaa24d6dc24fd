/** Issue 12 item 2, the main-process side: drafts in the recovery folder, what is offered, and the three choices. */
import { readdir, readFile, stat, utimes, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../../electron/ipc-contract';
import { STALE_DRAFT_MS } from '../../../electron/drafts/draftService';
import { createMainServices, type MainServices } from '../../../electron/services';
import { confPreferences } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);

let now: number;
let services: MainServices;
let work: string;
let userData: string;

beforeEach(async () => {
  now = T0;
  work = join(folder.path, 'work');
  userData = join(folder.path, 'userData');
  await mkdir(work);
  services = createMainServices({
    preferences: confPreferences(join(userData, 'prefs')),
    defaultFolder: work,
    userDataFolder: userData,
    now: () => now,
  });
});

/** A map the user opened, last written at `mtime`. */
async function openedMap(name: string, text: string, mtime: number) {
  const path = join(work, name);
  await writeFile(path, text);
  await utimes(path, new Date(mtime), new Date(mtime));
  const opened = await services.documents.openPath(path);
  if (opened.kind !== 'opened') throw new Error('not opened');
  return opened.file;
}

const offered = (): Promise<DraftSummary[]> => services.drafts.offered();

describe('drafts', () => {
  it('go to the recovery folder under user data, never next to the user’s file', async () => {
    const file = await openedMap('q3.cjm', 'saved', T0 - 60_000);

    await services.drafts.write({ draftId: 'draft0000001', text: 'edited', path: file.path, base: file.stamp });

    expect(await readdir(work)).toEqual(['q3.cjm']);
    expect(await readdir(join(userData, 'recovery'))).toEqual(['draft0000001.draft']);
    expect(await readFile(file.path, 'utf8')).toBe('saved');
  });

  it('record the original path, the base content hash and the time (from the injected clock)', async () => {
    const file = await openedMap('q3.cjm', 'saved', T0 - 60_000);
    now = T0 + 5_000;

    await services.drafts.write({ draftId: 'draft0000001', text: 'edited', path: file.path, base: file.stamp });

    const [header, text] = (await readFile(join(userData, 'recovery', 'draft0000001.draft'), 'utf8')).split('\n');
    expect(JSON.parse(header!)).toEqual({ journeyboardDraft: 1, draftId: 'draft0000001', path: file.path, base: file.stamp, savedAt: T0 + 5_000 });
    expect(text).toBe('edited');
  });

  it('refuse a path the user never picked', async () => {
    const outcome = await services.drafts.write({ draftId: 'draft0000001', text: 'x', path: join(work, 'never.cjm'), base: null });

    expect(outcome).toMatchObject({ kind: 'error', error: { code: 'notAllowed' } });
    expect(await offered()).toEqual([]);
  });

  it('replace the previous draft of the same session atomically, leaving no temp file', async () => {
    for (const text of ['one', 'two', 'three']) await services.drafts.write({ draftId: 'draft0000001', text, path: null, base: null });

    expect(await readdir(join(userData, 'recovery'))).toEqual(['draft0000001.draft']);
  });
});

describe('which drafts are offered', () => {
  it('an untitled map’s draft, always', async () => {
    await services.drafts.write({ draftId: 'untitled0001', text: 'never saved', path: null, base: null });

    expect(await offered()).toEqual([{ draftId: 'untitled0001', path: null, name: null, savedAt: T0, fileState: 'untitled' }]);
  });

  it('a draft newer than its file; newest first', async () => {
    const a = await openedMap('a.cjm', 'a saved', T0 - 60_000);
    const b = await openedMap('b.cjm', 'b saved', T0 - 60_000);
    await services.drafts.write({ draftId: 'draftAAAAAAA', text: 'a edited', path: a.path, base: a.stamp });
    now += 1_000;
    await services.drafts.write({ draftId: 'draftBBBBBBB', text: 'b edited', path: b.path, base: b.stamp });

    expect((await offered()).map((d) => [d.draftId, d.fileState])).toEqual([
      ['draftBBBBBBB', 'older'],
      ['draftAAAAAAA', 'older'],
    ]);
  });

  it('a draft whose file is gone', async () => {
    const file = await openedMap('gone.cjm', 'saved', T0 - 60_000);
    await services.drafts.write({ draftId: 'draft0000001', text: 'edited', path: file.path, base: file.stamp });
    await (await import('node:fs/promises')).rm(file.path);

    expect((await offered())[0]).toMatchObject({ fileState: 'missing', name: 'gone.cjm' });
  });

  it('not a draft older than its file, which is removed once it is a week old', async () => {
    const file = await openedMap('q3.cjm', 'saved', T0 - 60_000);
    await services.drafts.write({ draftId: 'draft0000001', text: 'edited', path: file.path, base: file.stamp });
    await utimes(file.path, new Date(T0 + 10_000), new Date(T0 + 10_000));

    expect(await offered()).toEqual([]);
    expect(await readdir(join(userData, 'recovery'))).toHaveLength(1);
    now = T0 + STALE_DRAFT_MS + 1;
    expect(await offered()).toEqual([]);
    expect(await readdir(join(userData, 'recovery'))).toEqual([]);
  });

  it('not a draft that holds exactly what the file holds (removed)', async () => {
    const file = await openedMap('q3.cjm', 'same', T0 - 60_000);
    await services.drafts.write({ draftId: 'draft0000001', text: 'same', path: file.path, base: file.stamp });

    expect(await offered()).toEqual([]);
    expect(await readdir(join(userData, 'recovery'))).toEqual([]);
  });

  it('not a damaged draft file, which is kept rather than deleted', async () => {
    await mkdir(join(userData, 'recovery'), { recursive: true });
    await writeFile(join(userData, 'recovery', 'broken000001.draft'), '{"not a header');

    expect(await offered()).toEqual([]);
    expect(await readdir(join(userData, 'recovery'))).toEqual(['broken000001.draft']);
  });
});

describe('the three choices', () => {
  it('Recover hands back the text, the original path (blessed for saving) and the base version', async () => {
    const file = await openedMap('q3.cjm', 'saved', T0 - 60_000);
    await services.drafts.write({ draftId: 'draft0000001', text: 'edited', path: file.path, base: file.stamp });
    const fresh = createMainServices({ preferences: confPreferences(join(userData, 'prefs')), defaultFolder: work, userDataFolder: userData, now: () => now });

    const outcome = await fresh.drafts.resolve({ draftId: 'draft0000001', choice: 'recover' });

    expect(outcome).toEqual({ kind: 'recovered', draftId: 'draft0000001', path: file.path, name: 'q3.cjm', text: 'edited', base: file.stamp });
    expect(fresh.blessed.isBlessed(file.path)).toBe(true);
    // Recovering does not delete it: the draft goes when the map is saved or discarded.
    expect(await readdir(join(userData, 'recovery'))).toEqual(['draft0000001.draft']);
  });

  it('Discard deletes the draft', async () => {
    await services.drafts.write({ draftId: 'draft0000001', text: 'x', path: null, base: null });

    expect(await services.drafts.resolve({ draftId: 'draft0000001', choice: 'discard' })).toEqual({ kind: 'discarded' });
    expect(await readdir(join(userData, 'recovery'))).toEqual([]);
  });

  it('Open the saved file opens it and keeps the draft until the renderer has read it (then it discards it)', async () => {
    const file = await openedMap('q3.cjm', 'saved', T0 - 60_000);
    await services.drafts.write({ draftId: 'draft0000001', text: 'edited', path: file.path, base: file.stamp });

    const outcome = await services.drafts.resolve({ draftId: 'draft0000001', choice: 'openSaved' });

    expect(outcome).toMatchObject({ kind: 'opened', file: { path: file.path, text: 'saved' } });
    expect(await readdir(join(userData, 'recovery'))).toHaveLength(1);
    expect((await stat(file.path)).isFile()).toBe(true);
  });
});
