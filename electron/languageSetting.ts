/**
 * The UI language as the main process knows it: the user's saved choice, else
 * the first of the OS's preferred languages that we speak, else English.
 * Plain Node (the OS locales are injected), so the e2e bridge runs it too.
 */
import { type Language, pickLanguage } from '../renderer/i18n/languages';
import type { PreferenceStore } from './preferences/preferences';

export interface LanguageSetting {
  current(): Language;
  /** Saves the choice and tells every listener, when it differs from the current language. */
  set(language: Language): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: (language: Language) => void): () => void;
}

export function createLanguageSetting(options: {
  readonly preferences: PreferenceStore;
  /** The OS's preferred locale tags, best first (app.getPreferredSystemLanguages, then app.getLocale). */
  readonly systemLocales: () => readonly string[];
}): LanguageSetting {
  const listeners = new Set<(language: Language) => void>();
  const current = () => options.preferences.get('language') ?? pickLanguage(options.systemLocales());
  return {
    current,
    set(language) {
      const changed = language !== current();
      options.preferences.set('language', language);
      if (changed) for (const listener of listeners) listener(language);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
