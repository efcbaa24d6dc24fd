import { describe, expect, it } from 'vitest';
import { createMainI18n, createMainTranslator } from '../../../electron/i18n';
import { acceleratorFor, MENU_COMMANDS } from '../../../electron/ipc-contract';
import { formatAccelerator, isCommandChord } from '../../../electron/menu/acceleratorText';
import { buildMenuTemplate, type MenuSpec } from '../../../electron/menu/menuTemplate';

const t = createMainTranslator();

const flatten = (items: readonly MenuSpec[]): MenuSpec[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

describe.each(['linux', 'win32', 'darwin'] as const)('menu on %s', (platform) => {
  const items = flatten(buildMenuTemplate({ platform, isPackaged: true, t, language: 'en' }));
  const commandItems = items.filter((item) => item.command);

  it('offers every menu command exactly once', () => {
    expect(commandItems.map((item) => item.command).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('shows the key the renderer handles for every command, without registering it', () => {
    for (const item of commandItems) {
      if (!item.command) continue;
      const accelerator = acceleratorFor(item.command);
      if (accelerator && platform === 'darwin' && !isCommandChord(accelerator)) {
        // macOS fires key equivalents even with registerAccelerator false: these keys are only written in the label.
        expect(item.accelerator, item.command).toBeUndefined();
        expect(item.label, item.command).toContain(`(${formatAccelerator(accelerator, true)})`);
      } else {
        expect(item.accelerator, item.command).toBe(accelerator);
        if (accelerator) expect(item.registerAccelerator, item.command).toBe(false);
      }
    }
  });

  it('keeps real keys for Quit, Full Screen and the clipboard', () => {
    const quit = items.find((item) => item.role === 'quit');
    expect(quit).toMatchObject({ accelerator: 'CmdOrCtrl+Q' });
    for (const role of ['quit', 'togglefullscreen', 'cut', 'copy', 'paste'] as const) {
      const item = items.find((entry) => entry.role === role);
      expect(item, role).toBeDefined();
      expect(item?.registerAccelerator, role).toBeUndefined();
    }
  });

  it('shows translated labels, never catalog keys', () => {
    for (const item of items.filter((entry) => entry.label !== undefined)) {
      expect(item.label).not.toMatch(/^(menu|command)\./);
    }
  });

  it('hides developer tools in a packaged app', () => {
    expect(items.some((item) => item.role === 'toggleDevTools')).toBe(false);
  });
});

describe('menu details', () => {
  const items = flatten(buildMenuTemplate({ platform: 'linux', isPackaged: false, t, language: 'en' }));
  const byCommand = (command: string) => items.find((item) => item.command === command);

  it('names the items in words', () => {
    expect(byCommand('view.fit')).toMatchObject({ label: 'Fit Map', accelerator: 'Shift+1' });
    expect(byCommand('board.newNote')).toMatchObject({ label: 'New Note', accelerator: 'N' });
    expect(byCommand('board.color.teal')).toMatchObject({ label: 'Teal', accelerator: 'Alt+7' });
    expect(byCommand('help.shortcuts')).toMatchObject({ label: 'Keyboard Shortcuts' });
  });

  it('on macOS, keys that could be typing never become key equivalents: single keys, Shift+key, Alt+key, Delete, F2', () => {
    const mac = flatten(buildMenuTemplate({ platform: 'darwin', isPackaged: true, t, language: 'en' }));
    const macItem = (command: string) => mac.find((item) => item.command === command);
    for (const command of ['board.newNote', 'view.minimap', 'view.focusNext', 'view.focusMode', 'view.fit', 'help.shortcuts', 'edit.delete', 'edit.rename', 'board.addStage', 'board.color.teal']) {
      expect(macItem(command)?.accelerator, command).toBeUndefined();
    }
    expect(macItem('board.newNote')?.label).toBe('New Note  (N)');
    expect(macItem('view.fit')?.label).toBe('Fit Map  (⇧1)');
    expect(macItem('board.addStage')?.label).toBe('Add Stage  (⌥S)');
    // Cmd chords stay real key equivalents, shown and not registered twice.
    expect(macItem('file.save')).toMatchObject({ label: 'Save', accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(macItem('edit.undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
  });

  it('offers developer tools while developing', () => {
    expect(items.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('puts Quit in the app menu on macOS and in File elsewhere', () => {
    const [mac] = buildMenuTemplate({ platform: 'darwin', isPackaged: true, t, language: 'en' });
    const [file] = buildMenuTemplate({ platform: 'linux', isPackaged: true, t, language: 'en' });
    expect(mac?.submenu?.some((item) => item.role === 'quit')).toBe(true);
    expect(file?.label).toBe('File');
    expect(file?.submenu?.some((item) => item.role === 'quit')).toBe(true);
  });
});

describe('View ▸ Language', () => {
  const languageItems = (items: readonly MenuSpec[]) => flatten(items).filter((item) => item.language);

  it.each(['en', 'pl', 'ro', 'ru'] as const)('lists every language by its own name, %s checked', (language) => {
    const view = buildMenuTemplate({ platform: 'linux', isPackaged: true, t: createMainTranslator(language), language }).find((item) =>
      item.submenu?.some((child) => child.submenu?.some((grandchild) => grandchild.language)),
    );
    const items = languageItems(view?.submenu ?? []);
    expect(items.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['English', 'radio', language === 'en'],
      ['Polski', 'radio', language === 'pl'],
      ['Română', 'radio', language === 'ro'],
      ['Русский', 'radio', language === 'ru'],
    ]);
    expect(view?.label).toBe({ en: 'View', pl: 'Widok', ro: 'Vizualizare', ru: 'Вид' }[language]);
  });

  it('rebuilds in the new language at once after a switch', () => {
    const i18n = createMainI18n('en');
    const labels = () => buildMenuTemplate({ platform: 'linux', isPackaged: true, t: i18n.t, language: 'pl' }).map((item) => item.label);
    expect(labels()).toEqual(['File', 'Edit', 'View', 'Board', 'Workshop', 'Help']);
    i18n.changeLanguage('pl');
    expect(labels()).toEqual(['Plik', 'Edycja', 'Widok', 'Tablica', 'Warsztat', 'Pomoc']);
    i18n.changeLanguage('ru');
    expect(labels()).toEqual(['Файл', 'Правка', 'Вид', 'Доска', 'Воркшоп', 'Справка']);
  });
});
