/**
 * The built-in templates: each committed file in assets/templates/ is exactly
 * what its typed definition builds (rewrite them with
 * `UPDATE_TEMPLATES=1 npx vitest run --project unit tests/unit/share/templates.test.ts`),
 * opens without errors, is in its language, and has the same structure in all four.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeCjm } from '../../../renderer/model/cjmFormat';
import { LANE_KINDS } from '../../../renderer/model/schema';
import { instantiateTemplate } from '../../../renderer/model/templates/instantiateTemplate';
import { templateFileName, templatesForLanguage } from '../../../renderer/model/templates/templateFiles';
import { findBrokenReferences } from '../../../renderer/model/references';
import type { JourneyMap } from '../../../renderer/model/types';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { TEMPLATES } from '../../fixtures/templates';
import { buildTemplate, TEMPLATE_LOCALES } from '../../fixtures/templates/templateTypes';
import { parseOk } from '../model/helpers';
import { counterIds } from '../state/storeHelpers';

const FOLDER = new URL('../../../assets/templates/', import.meta.url);
const UPDATE = process.env.UPDATE_TEMPLATES === '1';

const fileText = (name: string) => readFileSync(new URL(name, FOLDER), 'utf8');
const mapOf = (name: string): JourneyMap => parseOk(fileText(name)).document.map;

/** Everything a person reads, blanked, leaving ids, keys, numbers and flags. */
function structure(map: JourneyMap): unknown {
  return JSON.parse(
    JSON.stringify(map, (key, value: unknown) => {
      if (key === 'locale') return 'xx';
      if (typeof value === 'string' && ['title', 'goal', 'name', 'quote', 'segment', 'location', 'occupation', 'averageBasket', 'text', 'label', 'kpi'].includes(key)) return '';
      if (Array.isArray(value) && ['topCategories', 'devices', 'needs', 'motivations', 'fears', 'obstacles'].includes(key)) return value.length;
      return value;
    }),
  );
}

describe('built-in templates', () => {
  it('are at least seven, each in English, Polish, Romanian and Russian, and nothing else is in the folder', () => {
    if (UPDATE) {
      for (const def of TEMPLATES) {
        for (const locale of TEMPLATE_LOCALES) writeFileSync(new URL(templateFileName(def.slug, locale), FOLDER), serializeCjm(buildTemplate(def, locale), FIXTURE_APP));
      }
    }
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(7);
    const expected = TEMPLATES.flatMap((def) => TEMPLATE_LOCALES.map((locale) => templateFileName(def.slug, locale)));
    expect(readdirSync(FOLDER).sort()).toEqual([...expected].sort());
  });

  for (const def of TEMPLATES) {
    describe(def.slug, () => {
      it.each(TEMPLATE_LOCALES)('%s: the committed file is what the definition builds, and opens with intact references', (locale) => {
        const name = templateFileName(def.slug, locale);
        expect(fileText(name)).toBe(serializeCjm(buildTemplate(def, locale), FIXTURE_APP));
        const map = mapOf(name);
        expect(map.locale).toBe(locale);
        expect(findBrokenReferences(map)).toEqual([]);
      });

      it('has the same structure in every language, and different words', () => {
        const [first, ...others] = TEMPLATE_LOCALES.map((locale) => mapOf(templateFileName(def.slug, locale)));
        for (const other of others) {
          expect(structure(other)).toEqual(structure(first!));
          expect(other.title).not.toBe(first!.title);
        }
      });

      it('has personas with behaviour, stages, lanes, notes, an emotion curve per persona and touchpoints with KPIs', () => {
        const map = mapOf(templateFileName(def.slug, 'en'));
        expect(map.goal).not.toBe('');
        expect(Object.keys(map.stages).length).toBeGreaterThanOrEqual(4);
        expect(Object.keys(map.notes).length).toBeGreaterThanOrEqual(10);
        for (const persona of Object.values(map.personas)) {
          expect(persona.behaviour.channels.length, persona.name).toBeGreaterThan(0);
          expect(persona.behaviour.recency ?? persona.behaviour.purchaseFrequency, persona.name).not.toBeNull();
          expect(persona.needs.length + persona.fears.length, persona.name).toBeGreaterThan(0);
          expect(Object.values(map.emotionPoints).filter((p) => p.personaId === persona.id && p.curve === 'current').length, persona.name).toBeGreaterThanOrEqual(2);
        }
        const touchpoints = Object.values(map.touchpoints);
        expect(touchpoints.length).toBeGreaterThanOrEqual(3);
        for (const t of touchpoints) expect([t.goal, t.kpi, t.target], t.label).not.toContain('');
        expect(touchpoints.some((t) => t.target !== null && t.actual !== null)).toBe(true);
      });
    });
  }

  it('write Romanian with comma-below ș and ț, never the cedilla forms', () => {
    for (const def of TEMPLATES) {
      const text = fileText(templateFileName(def.slug, 'ro'));
      expect(text, def.slug).not.toMatch(/[şţŞŢ]/);
      expect(text, def.slug).toMatch(/[șț]/);
    }
  });

  it('write Polish and Russian in their own letters and quotation marks', () => {
    const pl = TEMPLATES.map((def) => fileText(templateFileName(def.slug, 'pl'))).join('');
    const ru = TEMPLATES.map((def) => fileText(templateFileName(def.slug, 'ru'))).join('');
    expect(pl).toMatch(/[ąćęłńóśźż]/);
    expect(pl).not.toMatch(/«|»/);
    expect(ru).toMatch(/«[^»]+»/);
    expect(ru).not.toMatch(/[a-z]{4,} [a-z]{4,} [a-z]{4,}/);
  });

  it('include a service blueprint with its layers and a B2B map with several decision roles', () => {
    const blueprint = mapOf(templateFileName('service-blueprint', 'en'));
    expect(blueprint.mapType).toBe('serviceBlueprint');
    const kinds = new Set(Object.values(blueprint.lanes).map((l) => l.kind));
    for (const kind of ['evidence', 'actions', 'frontstage', 'backstage', 'support'] as const) expect(kinds).toContain(kind);
    expect(Object.keys(mapOf(templateFileName('b2b-committee', 'en')).personas).length).toBeGreaterThanOrEqual(3);
    expect(LANE_KINDS).toContain('support');
  });

  it('pick the UI language, or English when a template has no file in it', () => {
    const files = new Map([
      ['a.en.cjm', 'A-en'],
      ['a.pl.cjm', 'A-pl'],
      ['b.en.cjm', 'B-en'],
      ['README.md', 'x'],
    ]);
    expect(templatesForLanguage(files, 'pl')).toEqual([
      { slug: 'a', text: 'A-pl' },
      { slug: 'b', text: 'B-en' },
    ]);
  });

  it('give a new map fresh ids for every record, with every reference following', () => {
    const template = parseOk(fileText(templateFileName('b2b-committee', 'ro'))).document;
    const fresh = instantiateTemplate(template, { newId: counterIds('fresh'), nowIso: '2027-01-02T03:04:05.000Z' }).map;
    const oldIds = new Set([template.map.id, ...(['personas', 'stages', 'lanes', 'notes', 'emotionPoints', 'touchpoints'] as const).flatMap((c) => Object.keys(template.map[c]))]);
    const newIds = [fresh.id, ...(['personas', 'stages', 'lanes', 'notes', 'emotionPoints', 'touchpoints'] as const).flatMap((c) => Object.keys(fresh[c]))];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(findBrokenReferences(fresh)).toEqual([]);
    expect(fresh.createdAt).toBe('2027-01-02T03:04:05.000Z');
    expect(Object.values(fresh.notes).map((n) => n.text).sort()).toEqual(Object.values(template.map.notes).map((n) => n.text).sort());
    expect(parseOk(serializeCjm({ schemaVersion: 1, map: fresh }, FIXTURE_APP)).document.map).toEqual(fresh);
  });
});
