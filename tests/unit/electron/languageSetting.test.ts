/** The UI language: the OS's on first start, the user's choice once made, saved across runs, and announced. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchInvoke } from '../../../electron/ipc/invokeHandlers';
import type { Language } from '../../../electron/ipc-contract';
import { createLanguageSetting } from '../../../electron/languageSetting';
import { createPreferenceStore } from '../../../electron/preferences/keyValuePreferenceStore';
import { createMainServices } from '../../../electron/services';
import { confPreferences, FakeDialogs, FakeWindow, presenterContext } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const context = () => presenterContext(new FakeDialogs(), new FakeWindow());
const servicesWith = (systemLocales: readonly string[]) =>
  createMainServices({
    preferences: confPreferences(join(folder.path, 'prefs')),
    defaultFolder: folder.path,
    userDataFolder: join(folder.path, 'userData'),
    systemLocales: () => systemLocales,
  });

describe('the UI language', () => {
  it.each([
    [['pl-PL', 'en-US'], 'pl'],
    [['de-DE', 'ro-RO'], 'ro'],
    [['ru'], 'ru'],
    [['ru_RU.UTF-8'], 'ru'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ] as const)('follows the OS on first start (%j → %s)', async (locales, expected) => {
    expect(await dispatchInvoke(servicesWith(locales).handlers, 'getLanguage', [], context())).toBe(expected);
  });

  it('keeps the choice over the OS, in the next run too, and announces a change once', async () => {
    const first = servicesWith(['pl-PL']);
    const heard: Language[] = [];
    first.language.subscribe((language) => heard.push(language));

    await dispatchInvoke(first.handlers, 'setLanguage', [{ language: 'ru' }], context());
    await dispatchInvoke(first.handlers, 'setLanguage', [{ language: 'ru' }], context());

    expect(heard).toEqual(['ru']);
    expect(await dispatchInvoke(first.handlers, 'getLanguage', [], context())).toBe('ru');
    expect(await dispatchInvoke(servicesWith(['pl-PL']).handlers, 'getLanguage', [], context())).toBe('ru');
  });

  it('saves a choice that equals the OS language, so it stays when the OS changes', async () => {
    await dispatchInvoke(servicesWith(['ro-RO']).handlers, 'setLanguage', [{ language: 'ro' }], context());
    expect(servicesWith(['en-GB']).language.current()).toBe('ro');
  });

  it.each(['de', 42, 'PL', null])('ignores a saved %j (an edited or corrupt preferences file) and follows the OS', (saved) => {
    const backing = new Map<string, unknown>([['language', saved]]);
    const preferences = createPreferenceStore({ get: (key) => backing.get(key), set: (key, value) => backing.set(key, value) });
    expect(createLanguageSetting({ preferences, systemLocales: () => ['ro-RO'] }).current()).toBe('ro');
  });
});
