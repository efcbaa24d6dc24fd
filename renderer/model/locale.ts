/**
 * Language tags that reach Intl. `Intl.NumberFormat('pl_PL')`, `Collator`,
 * `localeCompare` and friends throw a RangeError on a malformed tag, and a
 * throw during render blanks the window, so a map's locale is checked here
 * when the file is read and repaired before anything formats with it.
 */

/** Is `tag` a well-formed BCP 47 tag that every Intl constructor accepts (and a file may carry)? */
export function isValidLocale(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag === '' || tag.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * What to hand Intl, for tags from files, the OS or later commands: the tag
 * canonicalized when valid, else the fallback (English, the app's default language).
 */
export function intlLocale(tag: unknown, fallback = 'en'): string {
  return isValidLocale(tag) ? Intl.getCanonicalLocales(tag)[0]! : fallback;
}
