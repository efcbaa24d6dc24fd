/** Main-process strings: menus and native dialogs, from the renderer's catalogs (namespace `main`), in the UI language. */
import i18next from 'i18next';
import { resources } from '../renderer/i18n/i18n';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from '../renderer/i18n/languages';

export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

export interface MainI18n {
  /** Always speaks the current language, so dialogs built once follow a switch. */
  readonly t: Translate;
  changeLanguage(language: Language): void;
}

export function createMainI18n(language: Language = DEFAULT_LANGUAGE): MainI18n {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    supportedLngs: LANGUAGES,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: ['main'],
    defaultNS: 'main',
    resources: Object.fromEntries(LANGUAGES.map((lng) => [lng, { main: resources[lng].main }])),
    initAsync: false,
    // Native dialogs and menus show plain text, not HTML.
    interpolation: { escapeValue: false },
  });
  return {
    t: (key, values) => i18n.t(key, { ns: 'main', ...values }),
    changeLanguage: (next) => void i18n.changeLanguage(next),
  };
}

export const createMainTranslator = (language: Language = DEFAULT_LANGUAGE): Translate => createMainI18n(language).t;
