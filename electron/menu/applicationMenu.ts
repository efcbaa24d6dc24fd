import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc-contract';
import { buildMenuTemplate, type MenuSpec, type MenuTemplateOptions } from './menuTemplate';

export function installApplicationMenu(
  options: MenuTemplateOptions,
  sendCommand: (command: MenuCommand) => void,
): void {
  const toElectron = ({ command, submenu, ...item }: MenuSpec): MenuItemConstructorOptions => ({
    ...item,
    ...(command ? { click: () => sendCommand(command) } : {}),
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options).map(toElectron)));
}
