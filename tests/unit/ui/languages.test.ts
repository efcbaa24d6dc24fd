/** Locale tags from the OS and from files become a language we speak, and reach Intl only when valid. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/i18n';
import { intlLocale, languageOf, pickLanguage } from '../../../renderer/i18n/languages';
import { mapNames } from '../../../renderer/i18n/mapNames';
import { createMap } from '../../../renderer/model/createMap';
import { createLayoutText } from '../../../renderer/ui/boardLabels';

describe('language tags', () => {
  it.each([
    ['pl-PL', 'pl'],
    ['ro_RO.UTF-8', 'ro'],
    ['RU', 'ru'],
    ['en-GB', 'en'],
    ['de-DE', null],
    ['', null],
    [42, null],
  ] as const)('%j speaks %s', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  it('takes the first preferred language we speak, else English', () => {
    expect(pickLanguage(['de-AT', 'ru-RU', 'pl-PL'])).toBe('ru');
    expect(pickLanguage(['de-AT', 'fr'])).toBe('en');
  });

  it.each([
    ['pl', 'pl'],
    ['EN-gb', 'en-GB'],
    ['en_GB', 'en'],
    ['not a locale', 'en'],
    ['x'.repeat(40), 'en'],
    [null, 'en'],
  ] as const)('gives Intl %j as %s, never a tag it throws on', (tag, expected) => {
    expect(intlLocale(tag)).toBe(expected);
    expect(() => new Intl.NumberFormat(intlLocale(tag))).not.toThrow();
  });
});

describe('names of new records', async () => {
  const i18n = await createI18n('en');
  let next = 0;
  const newMap = (locale: string) =>
    createMap({ mapType: 'currentState', locale, nowIso: '2026-12-01T08:00:00.000Z', newId: () => `id${next++}`, names: mapNames(i18n, locale).newMap('currentState') });
  const stageNames = (locale: string) => Object.values(newMap(locale).map.stages).map((stage) => stage.name);
  const laneTitles = (locale: string) => Object.values(newMap(locale).map.lanes).map((lane) => lane.title);

  it.each([
    ['pl', 'Mapa podróży klienta', ['Świadomość', 'Rozważanie', 'Decyzja', 'Zakup', 'Po zakupie'], 'Punkty styku'],
    ['ro-RO', 'Harta călătoriei clientului', ['Conștientizare', 'Evaluare', 'Decizie', 'Achiziție', 'După achiziție'], 'Puncte de contact'],
    ['ru', 'Карта пути клиента', ['Осознание', 'Рассмотрение', 'Решение', 'Покупка', 'После покупки'], 'Точки контакта'],
    ['en-GB', 'Customer journey', ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Post-purchase'], 'Touchpoints'],
  ])('a %s map is named in its own language while the UI speaks English', (locale, title, stages, touchpoints) => {
    expect(newMap(locale).map.title).toBe(title);
    expect(stageNames(locale)).toEqual(stages);
    expect(laneTitles(locale)).toContain(touchpoints);
  });

  it('names records added later in the map language, and a map in a language we lack in the UI language', () => {
    expect(mapNames(i18n, 'pl').stage).toBe('Nowy etap');
    expect(mapNames(i18n, 'ru').persona(3)).toBe('Персона 3');
    expect(mapNames(i18n, 'ro').lane('pains')).toBe('Dificultăți');
    expect(mapNames(i18n, 'de').stage).toBe('New stage');
  });
});

describe('the canvas KPI line', () => {

  it.each([
    ['en', 'Visits: 12,500 / 1,250.5'],
    ['pl', 'Visits: 12\u00a0500 / 1250,5'],
    ['ro', 'Visits: 12.500 / 1.250,5'],
    ['ru', 'Visits: 12\u00a0500 / 1\u00a0250,5'],
  ] as const)('writes numbers the %s way', async (language, expected) => {
    const i18n = await createI18n(language);
    const labels = createLayoutText(i18n.t.bind(i18n), language);
    expect(labels.kpi('Visits', 12500, 1250.5)).toBe(expected);
    expect(labels.kpi('Visits', null, 10)).toMatch(/^Visits: – \/ 10$/);
  });
});
