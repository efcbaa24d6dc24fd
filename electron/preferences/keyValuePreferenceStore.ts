/**
 * A PreferenceStore over any conf-like key-value store. electron-store is a
 * subclass of conf, so the app wraps an electron-store and tests (and the e2e
 * bridge) wrap a conf pointed at a temp folder; both run this same code.
 */
import { DEFAULT_PREFERENCES, preferenceSchemas, type Preferences, type PreferenceStore } from './preferences';

export interface KeyValueBacking {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function createPreferenceStore(backing: KeyValueBacking): PreferenceStore {
  return {
    get<K extends keyof Preferences>(key: K): Preferences[K] {
      const parsed = preferenceSchemas[key].safeParse(backing.get(key));
      return parsed.success ? (parsed.data as Preferences[K]) : DEFAULT_PREFERENCES[key];
    },
    set(key, value) {
      backing.set(key, value);
    },
  };
}
