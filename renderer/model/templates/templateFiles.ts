/**
 * Built-in templates are `.cjm` files in assets/templates/, one per template
 * and language: `<slug>.<locale>.cjm`. The gallery shows the UI language's
 * file of each template, or the English one when that language has none.
 */
export const FALLBACK_TEMPLATE_LOCALE = 'en';

export const templateFileName = (slug: string, locale: string): string => `${slug}.${locale}.cjm`;

/** Slug and locale of a template file name, or null for any other file. */
export function parseTemplateFileName(fileName: string): { readonly slug: string; readonly locale: string } | null {
  const match = /^([a-z0-9-]+)\.([a-z]{2})\.cjm$/.exec(fileName);
  return match ? { slug: match[1]!, locale: match[2]! } : null;
}

/** For each slug, in first-seen order, the text in `language` or else in the fallback language. */
export function templatesForLanguage(files: ReadonlyMap<string, string>, language: string): { slug: string; text: string }[] {
  const bySlug = new Map<string, Map<string, string>>();
  for (const [fileName, text] of files) {
    const parsed = parseTemplateFileName(fileName);
    if (!parsed) continue;
    const locales = bySlug.get(parsed.slug) ?? new Map<string, string>();
    locales.set(parsed.locale, text);
    bySlug.set(parsed.slug, locales);
  }
  return [...bySlug].flatMap(([slug, locales]) => {
    const text = locales.get(language) ?? locales.get(FALLBACK_TEMPLATE_LOCALE);
    return text === undefined ? [] : [{ slug, text }];
  });
}
