/**
 * The renderer's i18next instance. Every string a facilitator sees comes from
 * a catalog here, so that Polish, Romanian and Russian can be added as files.
 */
import i18next, { type i18n as I18n } from 'i18next';
import app from './en/app.json';
import main from './en/main.json';
import panels from './en/panels.json';

export const DEFAULT_NAMESPACE = 'app';
export const resources = { en: { app, main, panels } } as const;

export async function createI18n(language = 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: ['app', 'main', 'panels'],
    defaultNS: DEFAULT_NAMESPACE,
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
