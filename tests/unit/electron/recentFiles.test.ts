/** Issue 12 item 6: File ▸ Open Recent, our own list in preferences, and reopening the last map at start. */
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainTranslator } from '../../../electron/i18n';
import { RECENT_LIMIT } from '../../../electron/files/recentFiles';
import { buildMenuTemplate, type MenuSpec } from '../../../electron/menu/menuTemplate';
import { createMainServices } from '../../../electron/services';
import { confPreferences, FakeDialogs } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

async function setup() {
  const work = join(folder.path, 'work');
  await mkdir(work, { recursive: true });
  const added: Array<string | null> = [];
  const preferences = confPreferences(join(folder.path, 'prefs'));
  const services = createMainServices({
    preferences,
    defaultFolder: work,
    userDataFolder: join(folder.path, 'userData'),
    onRecentChanged: (path) => added.push(path),
  });
  const map = async (name: string) => {
    const path = join(work, name);
    await writeFile(path, '{}');
    return path;
  };
  return { services, preferences, added, map, work };
}

describe('the recent list', () => {
  it('records opened and saved maps, most recent first, without duplicates, and feeds the OS list', async () => {
    const { services, added, map } = await setup();
    const a = await map('a.cjm');
    const b = await map('b.cjm');
    await services.documents.openPath(a);
    await services.documents.openPath(b);
    const dialogs = new FakeDialogs();
    dialogs.saveAnswers.push(join(folder.path, 'work', 'c.cjm'));
    await services.documents.saveAs({ suggestedName: 'c', text: '{}' }, dialogs);
    await services.documents.openPath(a);

    expect(services.recent.list().map((f) => f.name)).toEqual(['a.cjm', 'c.cjm', 'b.cjm']);
    expect(added.filter(Boolean).map((p) => p!.split(/[\\/]/).at(-1))).toEqual(['a.cjm', 'b.cjm', 'c.cjm', 'a.cjm']);
  });

  it(`keeps the last ${RECENT_LIMIT}, and Clear empties it`, async () => {
    const { services, map } = await setup();
    for (let i = 0; i < RECENT_LIMIT + 3; i++) await services.documents.openPath(await map(`m${i}.cjm`));

    expect(services.recent.list()).toHaveLength(RECENT_LIMIT);
    expect(services.recent.list()[0]?.name).toBe(`m${RECENT_LIMIT + 2}.cjm`);
    services.recent.clear();
    expect(services.recent.list()).toEqual([]);
  });

  it('opens only paths on the list (or the open file), and drops a map that is gone', async () => {
    const { services, map, work } = await setup();
    const a = await map('a.cjm');
    await services.documents.openPath(a);
    const fresh = createMainServices({
      preferences: confPreferences(join(folder.path, 'prefs')),
      defaultFolder: work,
      userDataFolder: join(folder.path, 'userData'),
    });

    expect(await fresh.documents.openRecent(a)).toMatchObject({ kind: 'opened', file: { path: a } });
    expect(await fresh.documents.openRecent(await map('never-opened.cjm'))).toMatchObject({ kind: 'error', error: { code: 'notAllowed' } });
    await rm(a);
    expect(await fresh.documents.openRecent(a)).toMatchObject({ kind: 'error', error: { code: 'notFound' } });
    expect(fresh.recent.list()).toEqual([]);
  });

  it('reopens the last map at start unless the preference is off', async () => {
    const { services, preferences, map } = await setup();
    expect(services.recent.lastToReopen()).toBeNull();
    const a = await map('a.cjm');
    await services.documents.openPath(a);

    expect(preferences.get('reopenLastMap')).toBe(true);
    expect(services.recent.lastToReopen()).toBe(a);
    preferences.set('reopenLastMap', false);
    expect(services.recent.lastToReopen()).toBeNull();
  });
});

describe('File ▸ Open Recent', () => {
  const t = createMainTranslator();
  const openRecent = (items: MenuSpec[]) => items.flatMap((i) => i.submenu ?? []).find((i) => i.label === t('menu.openRecent'));

  it('lists the maps, then Clear and the reopen-at-start checkbox', () => {
    const menu = openRecent(
      buildMenuTemplate({ platform: 'linux', isPackaged: true, t, language: 'en', recent: [{ path: '/w/a.cjm', name: 'a.cjm' }], reopenLastMap: false }),
    );
    expect(menu?.submenu?.map((i) => i.label ?? i.type)).toEqual(['a.cjm', 'separator', 'Clear Menu', 'separator', 'Reopen Last Map at Start']);
    expect(menu?.submenu?.[0]).toMatchObject({ recentPath: '/w/a.cjm' });
    expect(menu?.submenu?.at(-1)).toMatchObject({ type: 'checkbox', checked: false, toggleReopenLast: true });
  });

  it('shows a disabled Clear when the list is empty', () => {
    const menu = openRecent(buildMenuTemplate({ platform: 'darwin', isPackaged: true, t, language: 'en' }));
    expect(menu?.submenu?.[0]).toMatchObject({ label: 'Clear Menu', enabled: false });
  });
});
