import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../ipc-contract';
import { buildMenuTemplate, type MenuSpec, type MenuTemplateOptions } from './menuTemplate';

export interface MenuActions {
  readonly sendCommand: (command: MenuCommand) => void;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
  readonly setReopenLast: (on: boolean) => void;
  readonly chooseLanguage: (language: Language) => void;
}

/** Builds and sets the menu; call again when the recent list or the language changes. */
export function installApplicationMenu(options: MenuTemplateOptions, actions: MenuActions): void {
  const toElectron = ({ command, language, recentPath, clearRecent, toggleReopenLast, submenu, ...item }: MenuSpec): MenuItemConstructorOptions => ({
    ...item,
    ...(command ? { click: () => actions.sendCommand(command) } : {}),
    ...(language ? { click: () => actions.chooseLanguage(language) } : {}),
    ...(recentPath ? { click: () => actions.openRecent(recentPath) } : {}),
    ...(clearRecent ? { click: () => actions.clearRecent() } : {}),
    ...(toggleReopenLast ? { click: (menuItem) => actions.setReopenLast(menuItem.checked) } : {}),
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options).map(toElectron)));
}
