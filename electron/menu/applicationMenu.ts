import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../ipc-contract';
import { buildMenuTemplate, type MenuSpec, type MenuTemplateOptions } from './menuTemplate';

/** Installs (or, after a language switch, replaces) the application menu. */
export function installApplicationMenu(
  options: MenuTemplateOptions,
  handlers: { readonly sendCommand: (command: MenuCommand) => void; readonly chooseLanguage: (language: Language) => void },
): void {
  const toElectron = ({ command, language, submenu, ...item }: MenuSpec): MenuItemConstructorOptions => ({
    ...item,
    ...(command ? { click: () => handlers.sendCommand(command) } : {}),
    ...(language ? { click: () => handlers.chooseLanguage(language) } : {}),
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options).map(toElectron)));
}
