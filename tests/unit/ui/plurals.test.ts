/** Counts read right in every language: i18next picks the form through Intl.PluralRules, and Intl writes the number. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/i18n';

const COUNTS = [1, 2, 5, 12, 22, 25, 0, 1.5, 21, 12000] as const;

// U+00A0 groups thousands in Polish and Russian, U+002E in Romanian.
const NOTES = {
  en: ['1 note', '2 notes', '5 notes', '12 notes', '22 notes', '25 notes', '0 notes', '1.5 notes', '21 notes', '12,000 notes'],
  pl: ['1 notatka', '2 notatki', '5 notatek', '12 notatek', '22 notatki', '25 notatek', '0 notatek', '1,5 notatki', '21 notatek', '12\u00a0000 notatek'],
  ro: ['1 notiță', '2 notițe', '5 notițe', '12 notițe', '22 de notițe', '25 de notițe', '0 notițe', '1,5 notițe', '21 de notițe', '12.000 de notițe'],
  ru: ['1 стикер', '2 стикера', '5 стикеров', '12 стикеров', '22 стикера', '25 стикеров', '0 стикеров', '1,5 стикера', '21 стикер', '12\u00a0000 стикеров'],
} as const;

/** For 1, 2, 5, 22 and 25: the status bar's selection, then the start of the message about damaged entries. */
const SELECTED_AND_DAMAGED = {
  en: [['1 selected', '1 damaged entry'], ['2 selected', '2 damaged entries'], ['5 selected', '5 damaged entries'], ['22 selected', '22 damaged entries'], ['25 selected', '25 damaged entries']],
  pl: [['1 zaznaczona', '1 uszkodzony element'], ['2 zaznaczone', '2 uszkodzone elementy'], ['5 zaznaczonych', '5 uszkodzonych elementów'], ['22 zaznaczone', '22 uszkodzone elementy'], ['25 zaznaczonych', '25 uszkodzonych elementów']],
  ro: [['1 notiță selectată', '1 element deteriorat'], ['2 notițe selectate', '2 elemente deteriorate'], ['5 notițe selectate', '5 elemente deteriorate'], ['22 de notițe selectate', '22 de elemente deteriorate'], ['25 de notițe selectate', '25 de elemente deteriorate']],
  ru: [['1 выделен', '1 повреждённый элемент'], ['2 выделено', '2 повреждённых элемента'], ['5 выделено', '5 повреждённых элементов'], ['22 выделено', '22 повреждённых элемента'], ['25 выделено', '25 повреждённых элементов']],
} as const;

describe.each(Object.keys(NOTES) as (keyof typeof NOTES)[])('plurals in %s', async (language) => {
  const i18n = await createI18n(language);

  it.each(COUNTS.map((count, i) => [count, NOTES[language][i]] as const))('%d → %s', (count, expected) => {
    expect(i18n.t('status.notes', { count })).toBe(expected);
  });

  it.each([1, 2, 5, 22, 25].map((count, i) => [count, ...SELECTED_AND_DAMAGED[language][i]!] as const))('%d: %s, %s', (count, selected, damaged) => {
    expect(i18n.t('status.selected', { count })).toBe(selected);
    expect(i18n.t('openError.invalidRecords', { count })).toContain(damaged);
  });
});

describe('a language we do not have', () => {
  it('falls back to English instead of failing', async () => {
    const i18n = await createI18n('xx-NOT-A-LOCALE');
    expect(i18n.language).toBe('en');
    expect(i18n.t('status.notes', { count: 3 })).toBe('3 notes');
  });
});
