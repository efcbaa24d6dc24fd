/**
 * The UI languages and how a locale tag from the OS or a file becomes one.
 * Pure: the main process (menu, first start) and the renderer both use it.
 */
export const LANGUAGES = ['en', 'pl', 'ro', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language by its own name, so a facilitator finds theirs whatever the UI shows now. */
export const LANGUAGE_NAMES: { readonly [L in Language]: string } = {
  en: 'English',
  pl: 'Polski',
  ro: 'Română',
  ru: 'Русский',
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * A locale tag Intl accepts, canonicalized, or the fallback. Tags come from
 * files and the OS, and Intl throws a RangeError on a malformed one.
 */
export function intlLocale(tag: unknown, fallback: string = DEFAULT_LANGUAGE): string {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 35) return fallback;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** The UI language a locale tag asks for ("pl-PL" → pl, "ro_RO.UTF-8" → ro), or null when we do not speak it. */
export function languageOf(tag: unknown): Language | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return isLanguage(primary) ? primary : null;
}

/** The first of the OS's preferred locales that we speak, else English. */
export function pickLanguage(preferred: readonly unknown[]): Language {
  for (const tag of preferred) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
