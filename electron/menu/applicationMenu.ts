import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc-contract';
import { buildMenuTemplate, type MenuSpec, type MenuTemplateOptions } from './menuTemplate';

export interface MenuActions {
  readonly sendCommand: (command: MenuCommand) => void;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
  readonly setReopenLast: (on: boolean) => void;
}

/** Builds and sets the menu; call again when the recent list changes. */
export function installApplicationMenu(options: MenuTemplateOptions, actions: MenuActions): void {
  const toElectron = ({ command, recentPath, clearRecent, toggleReopenLast, submenu, ...item }: MenuSpec): MenuItemConstructorOptions => ({
    ...item,
    ...(command ? { click: () => actions.sendCommand(command) } : {}),
    ...(recentPath ? { click: () => actions.openRecent(recentPath) } : {}),
    ...(clearRecent ? { click: () => actions.clearRecent() } : {}),
    ...(toggleReopenLast ? { click: (menuItem) => actions.setReopenLast(menuItem.checked) } : {}),
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options).map(toElectron)));
}
