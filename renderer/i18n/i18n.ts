/**
 * The renderer's i18next instance. Every string a facilitator sees comes from
 * a catalog here. A language is one folder (`<lng>/app.json`, `main.json`,
 * `panels.json`, `exporting.json`, `presenting.json`) plus one line in `resources`; the catalog test checks that
 * every folder has exactly the keys, plural forms and placeholders of `en`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import enApp from './en/app.json';
import enExporting from './en/exporting.json';
import enMain from './en/main.json';
import enPanels from './en/panels.json';
import enPresenting from './en/presenting.json';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES } from './languages';
import plApp from './pl/app.json';
import plExporting from './pl/exporting.json';
import plMain from './pl/main.json';
import plPanels from './pl/panels.json';
import plPresenting from './pl/presenting.json';
import roApp from './ro/app.json';
import roExporting from './ro/exporting.json';
import roMain from './ro/main.json';
import roPanels from './ro/panels.json';
import roPresenting from './ro/presenting.json';
import ruApp from './ru/app.json';
import ruExporting from './ru/exporting.json';
import ruMain from './ru/main.json';
import ruPanels from './ru/panels.json';
import ruPresenting from './ru/presenting.json';

export const DEFAULT_NAMESPACE = 'app';
export const NAMESPACES = ['app', 'main', 'panels', 'exporting', 'presenting'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources: { readonly [L in Language]: { readonly [N in Namespace]: object } } = {
  en: { app: enApp, main: enMain, panels: enPanels, exporting: enExporting, presenting: enPresenting },
  pl: { app: plApp, main: plMain, panels: plPanels, exporting: plExporting, presenting: plPresenting },
  ro: { app: roApp, main: roMain, panels: roPanels, exporting: roExporting, presenting: roPresenting },
  ru: { app: ruApp, main: ruMain, panels: ruPanels, exporting: ruExporting, presenting: ruPresenting },
};

export async function createI18n(language: unknown = DEFAULT_LANGUAGE): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: isLanguage(language) ? language : DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
