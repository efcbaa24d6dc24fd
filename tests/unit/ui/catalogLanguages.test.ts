/**
 * Every language is complete and nothing is left over: each key of English
 * exists in Polish, Romanian and Russian with the plural forms that language's
 * Intl.PluralRules asks for, the same placeholders and the same list lengths;
 * no language has a key English lacks; and the code asks for every key.
 * A new language is a folder plus a line in renderer/i18n/i18n.ts; a new
 * English key fails here until every language has it.
 */
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../../renderer/i18n/i18n';
import { LANGUAGES } from '../../../renderer/i18n/languages';
import { type CatalogEntry, flattenCatalog, isReferenced, keysInCode, placeholders } from './catalogTree';

const OTHERS = LANGUAGES.filter((language) => language !== 'en');
const catalog = (language: (typeof LANGUAGES)[number], namespace: (typeof NAMESPACES)[number]) =>
  flattenCatalog(resources[language][namespace]);
const categories = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);

describe.each(NAMESPACES)('the %s catalogs', (namespace) => {
  const english = catalog('en', namespace);

  it('English has exactly the plural forms English needs', () => {
    const wrong = [...english].filter(([, entry]) => entry.plural && sorted(entry.plural)?.join() !== categories('en').join());
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  describe.each(OTHERS)('in %s', (language) => {
    const translated = catalog(language, namespace);
    const shape = (entries: Map<string, CatalogEntry>, key: string) => entries.get(key);

    it('has every English key and no other', () => {
      expect([...english.keys()].filter((key) => !translated.has(key)), 'missing').toEqual([]);
      expect([...translated.keys()].filter((key) => !english.has(key)), 'not in English').toEqual([]);
    });

    it(`has exactly the plural forms of ${language} (${categories(language).join(', ')}) wherever English has plurals`, () => {
      for (const [key, entry] of english) {
        const other = shape(translated, key);
        if (!other) continue;
        expect(sorted(other.plural), key).toEqual(entry.plural ? categories(language) : null);
      }
    });

    it('uses the same placeholders and list lengths, and leaves nothing empty', () => {
      for (const [key, entry] of english) {
        const other = shape(translated, key);
        if (!other) continue;
        expect(placeholders(other.values), key).toEqual(placeholders(entry.values));
        expect(other.isArray, key).toBe(entry.isArray);
        if (entry.isArray) expect(other.values.length, key).toBe(entry.values.length);
        for (const value of other.values) expect(value.trim(), key).not.toBe('');
      }
    });
  });

  it('has no key that the code never asks for', async () => {
    const refs = await keysInCode();
    expect([...english.keys()].filter((key) => !isReferenced(refs, namespace, key))).toEqual([]);
  });
});

describe('typography', () => {
  const allValues = (language: (typeof LANGUAGES)[number]) =>
    NAMESPACES.flatMap((namespace) => [...catalog(language, namespace).values()].flatMap((entry) => entry.values));

  it.each(['pl', 'ro'] as const)('%s quotes „like this”', (language) => {
    const values = allValues(language);
    expect(values.filter((v) => /["“«»]/.test(v))).toEqual([]);
    expect(values.filter((v) => (v.match(/„/g) ?? []).length !== (v.match(/”/g) ?? []).length)).toEqual([]);
  });

  it('ru quotes «like this»', () => {
    const values = allValues('ru');
    expect(values.filter((v) => /["„“”]/.test(v))).toEqual([]);
    expect(values.filter((v) => (v.match(/«/g) ?? []).length !== (v.match(/»/g) ?? []).length)).toEqual([]);
  });

  it('ro writes ș and ț with a comma below, never with a cedilla', () => {
    expect(allValues('ro').filter((v) => /[şţŞŢ]/.test(v))).toEqual([]);
    expect(allValues('ro').some((v) => /[șț]/.test(v))).toBe(true);
  });

  it.each(OTHERS)('%s uses the domain terms of its source articles', (language) => {
    const terms = {
      pl: ['Mapa podróży klienta', 'Punkty styku'],
      ro: ['Harta călătoriei clientului', 'Puncte de contact'],
      ru: ['Карта пути клиента', 'Точки контакта'],
    }[language];
    const values = allValues(language);
    for (const term of terms) expect(values, term).toContain(term);
  });
});
