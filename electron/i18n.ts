/** Main-process strings, from the same catalog folder as the renderer's (namespace `main`). */
import i18next from 'i18next';
import main from '../renderer/i18n/en/main.json';

export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

export function createMainTranslator(): Translate {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['main'],
    defaultNS: 'main',
    resources: { en: { main } },
    initAsync: false,
    // Native dialogs and menus show plain text, not HTML.
    interpolation: { escapeValue: false },
  });
  return (key, values) => i18n.t(key, { ns: 'main', ...values });
}
