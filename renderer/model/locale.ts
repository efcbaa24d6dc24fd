/**
 * Language tags that reach Intl. `Intl.NumberFormat('pl_PL')`, `Collator`,
 * `localeCompare` and friends throw a RangeError on a malformed tag, and a
 * throw during render blanks the window, so a map's locale is checked here
 * when the file is read and repaired before anything formats with it.
 */

/** Is `tag` a well-formed BCP 47 tag that every Intl constructor accepts? */
export function isValidLocale(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag === '') return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * What to hand Intl where a bad tag must not throw (a map locale set by a
 * later command, say): the tag when valid, else undefined, Intl's own default.
 */
export const intlLocale = (tag: unknown): string | undefined => (isValidLocale(tag) ? tag : undefined);
