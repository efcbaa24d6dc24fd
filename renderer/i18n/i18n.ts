/**
 * The renderer's i18next instance. Every string a facilitator sees comes from
 * a catalog here. A language is one folder (`<lng>/app.json`, `main.json`,
 * `panels.json`) plus one line in `resources`; the catalog test checks that
 * every folder has exactly the keys, plural forms and placeholders of `en`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import enApp from './en/app.json';
import enMain from './en/main.json';
import enPanels from './en/panels.json';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES } from './languages';
import plApp from './pl/app.json';
import plMain from './pl/main.json';
import plPanels from './pl/panels.json';
import roApp from './ro/app.json';
import roMain from './ro/main.json';
import roPanels from './ro/panels.json';
import ruApp from './ru/app.json';
import ruMain from './ru/main.json';
import ruPanels from './ru/panels.json';

export const DEFAULT_NAMESPACE = 'app';
export const NAMESPACES = ['app', 'main', 'panels'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources: { readonly [L in Language]: { readonly [N in Namespace]: object } } = {
  en: { app: enApp, main: enMain, panels: enPanels },
  pl: { app: plApp, main: plMain, panels: plPanels },
  ro: { app: roApp, main: roMain, panels: roPanels },
  ru: { app: ruApp, main: ruMain, panels: ruPanels },
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
