/**
 * The application menu as plain data, so it is tested without Electron.
 *
 * Items that carry a `command` are forwarded to the renderer, which also owns
 * their keys (the contract's MENU_ACCELERATORS): the accelerators are shown but
 * not registered, or the renderer would get every such key twice, once as a
 * key press and once as a menu click. macOS ignores `registerAccelerator: false`:
 * there a key equivalent always fires, even while the user types into a note.
 * So on macOS only Cmd/Ctrl chords are key equivalents; every other key (N, F2,
 * Delete, Shift+1, Alt+S) is only written in the label and left to the renderer. Quit, Full Screen, DevTools, Cut, Copy
 * and Paste are Electron roles with real accelerators. Command labels live
 * under `command.<name>` in the `main` catalog, so the renderer's shortcut
 * list can use the same strings. View ▸ Language lists each language by its own
 * name as radio items; an item's `language` tells applicationMenu what to switch to.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorFor, type MenuCommand, type RecentFile } from '../ipc-contract';
import type { Translate } from '../i18n';
import { type Language, LANGUAGE_NAMES, LANGUAGES } from '../../renderer/i18n/languages';
import { formatAccelerator, isCommandChord } from './acceleratorText';

export type MenuSpec = Omit<MenuItemConstructorOptions, 'click' | 'submenu'> & {
  readonly command?: MenuCommand;
  readonly language?: Language;
  /** File ▸ Open Recent entries: the map to open, the Clear item, and the reopen-at-start preference. */
  readonly recentPath?: string;
  readonly clearRecent?: true;
  readonly toggleReopenLast?: true;
  readonly submenu?: readonly MenuSpec[];
};

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  readonly t: Translate;
  /** The current UI language, checked in View ▸ Language. */
  readonly language: Language;
  readonly recent?: readonly RecentFile[];
  readonly reopenLastMap?: boolean;
}

const separator: MenuSpec = { type: 'separator' };

export function buildMenuTemplate({ platform, isPackaged, t, language, recent = [], reopenLastMap = true }: MenuTemplateOptions): MenuSpec[] {
  const isMac = platform === 'darwin';
  const command = (name: MenuCommand): MenuSpec => {
    const accelerator = acceleratorFor(name);
    const label = t(`command.${name}`);
    if (!accelerator) return { label, command: name };
    if (isMac && !isCommandChord(accelerator)) {
      return { label: t('menu.withKey', { label, key: formatAccelerator(accelerator, true) }), command: name };
    }
    return { label, command: name, accelerator, registerAccelerator: false };
  };
  const quit: MenuSpec = { label: t('menu.quit'), role: 'quit', accelerator: 'CmdOrCtrl+Q' };
  const about: MenuSpec = { label: t('menu.about'), role: 'about' };

  const appMenu: MenuSpec[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            quit,
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: t('menu.file'),
      submenu: [
        command('file.new'),
        command('file.open'),
        {
          label: t('menu.openRecent'),
          submenu: [
            ...recent.map((file): MenuSpec => ({ label: file.name, toolTip: file.path, recentPath: file.path })),
            ...(recent.length > 0 ? [separator] : []),
            { label: t('menu.clearRecent'), clearRecent: true, enabled: recent.length > 0 },
            separator,
            { label: t('menu.reopenLastMap'), type: 'checkbox', checked: reopenLastMap, toggleReopenLast: true },
          ],
        },
        separator,
        command('file.save'),
        command('file.saveAs'),
        // Sharing: templates, exports and the CSV import.
        separator,
        command('file.newFromTemplate'),
        command('file.saveAsTemplate'),
        separator,
        // One dialog for every format (PDF, SVG, PNG, CSV, Markdown).
        command('file.export'),
        command('file.importCsv'),
        command('file.print'),
        ...(isMac ? [] : [separator, quit]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        command('edit.undo'),
        command('edit.redo'),
        separator,
        // Roles raise the page's own clipboard events; text fields and notes both handle those.
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        command('edit.duplicate'),
        command('edit.delete'),
        separator,
        command('edit.rename'),
        command('edit.selectAll'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        command('view.zoomIn'),
        command('view.zoomOut'),
        command('view.zoomReset'),
        command('view.fit'),
        command('view.zoomSelection'),
        separator,
        command('view.focusNext'),
        command('view.focusMode'),
        separator,
        command('view.minimap'),
        command('view.touchpointSummary'),
        separator,
        command('view.present'),
        separator,
        {
          label: t('menu.language'),
          submenu: LANGUAGES.map((lng) => ({ label: LANGUAGE_NAMES[lng], type: 'radio', checked: lng === language, language: lng })),
        },
        separator,
        { label: t('menu.fullScreen'), role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ label: t('menu.devTools'), role: 'toggleDevTools' } satisfies MenuSpec]),
      ],
    },
    {
      label: t('menu.board'),
      submenu: [
        command('board.newNote'),
        command('board.addStage'),
        command('board.addPersona'),
        command('board.addLane'),
        command('board.addTouchpoint'),
        separator,
        {
          label: t('menu.noteColor'),
          submenu: [
            command('board.color.yellow'),
            command('board.color.orange'),
            command('board.color.pink'),
            command('board.color.red'),
            command('board.color.purple'),
            command('board.color.blue'),
            command('board.color.teal'),
            command('board.color.green'),
            command('board.color.grey'),
            command('board.color.white'),
          ],
        },
        command('board.arrangeByColor'),
        command('board.arrangeByText'),
        separator,
        command('board.emotionCurve'),
      ],
    },
    { label: t('menu.workshop'), submenu: [command('workshop.timer'), separator, command('workshop.vote'), command('workshop.voteResults'), separator, command('workshop.lock')] },
    ...(isMac ? [{ label: t('menu.window'), role: 'windowMenu' } satisfies MenuSpec] : []),
    {
      label: t('menu.help'),
      role: 'help',
      submenu: [command('help.shortcuts'), ...(isMac ? [] : [separator, about])],
    },
  ];
}
