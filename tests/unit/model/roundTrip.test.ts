/** Saving what was opened gives back the same bytes, and equal maps always give equal bytes. */
import { describe, expect, it } from 'vitest';
import { serializeCjm } from '../../../renderer/model/cjmFormat';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/model/migrations';
import type { CjmDocument, JourneyMap } from '../../../renderer/model/types';
import { GOOD_FIXTURE_NAMES, minimalMap } from '../../fixtures/fixtureMaps';
import { createRng, FIXTURE_APP, type Rng } from '../../fixtures/generateMap';
import { at, fileJson, parseOk, readFixture, toText } from './helpers';

const resave = (text: string): string => serializeCjm(parseOk(text).document, FIXTURE_APP);

/** A deep copy whose object keys are inserted in a shuffled order at every level. */
function shuffleKeys(value: unknown, rng: Rng): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, rng));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, shuffleKeys(item, rng)]));
}

describe('good fixtures survive open → save byte for byte', () => {
  it.each(GOOD_FIXTURE_NAMES)('%s', (name) => {
    const text = readFixture(name);
    const parsed = parseOk(text);
    expect(parsed.fileSchemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(serializeCjm(parsed.document, FIXTURE_APP)).toBe(text);
  });

  it('saving is stable: open → save → open → save changes nothing', () => {
    for (const name of GOOD_FIXTURE_NAMES) {
      const once = resave(readFixture(name));
      expect(resave(once), name).toBe(once);
    }
  });
});

describe('text typed in other languages comes back identical', () => {
  const text = readFixture('i18n.cjm');

  it('the Polish, Romanian and Russian notes the user typed are unchanged after open → save → open', () => {
    const before = parseOk(text).document.map;
    const after = parseOk(resave(text)).document.map;
    const texts = (map: JourneyMap) => Object.values(map.notes).map((note) => note.text);
    expect(texts(after)).toEqual(texts(before));
    expect(texts(after)).toContain('Zażółć gęślą jaźń – widzi reklamę na Facebooku');
    expect(texts(after)).toContain('Codul promoțional nu funcționează – ȘȚĂÂÎ');
    expect(texts(after)).toContain('Какой размер рамы мне подойдёт?');
    expect(after.title).toBe('Ścieżka klienta – sklep rowerowy · Călătoria clientului · Путь клиента');
  });

  it('the file holds plain UTF-8 letters, not \\u escapes, so it stays readable and diffable', () => {
    expect(text).not.toMatch(/\\u[0-9a-fA-F]{4}/);
    expect(text).toContain('"text": "Смотрит обзор на YouTube"');
  });

  it('a leading byte-order mark (Windows Notepad) is accepted and dropped on save', () => {
    expect(resave(`\uFEFF${text}`)).toBe(text);
  });
});

describe('canonical output', () => {
  it('equal documents give equal bytes whatever the key insertion order', () => {
    const rng = createRng(99);
    for (const name of GOOD_FIXTURE_NAMES) {
      const text = readFixture(name);
      const shuffled = shuffleKeys(JSON.parse(text), rng);
      const compact = JSON.stringify(shuffled);
      expect(compact, 'the shuffled input really differs').not.toBe(JSON.stringify(JSON.parse(text)));
      expect(resave(compact), name).toBe(text);
      // The in-memory document itself, built with another insertion order, serializes the same way.
      const document = shuffleKeys(parseOk(text).document, rng) as CjmDocument;
      expect(serializeCjm(document, FIXTURE_APP), name).toBe(text);
    }
  });

  it('records are written in a fixed order even when ids look like numbers', () => {
    const base = minimalMap();
    const note = base.map.notes.n0001;
    if (note === undefined) throw new Error('minimal map has note n0001');
    const notesIn = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { ...note, id }]));
    const withNotes = (ids: string[]): CjmDocument => ({ ...base, map: { ...base.map, notes: notesIn(ids) } });
    const a = serializeCjm(withNotes(['10', '9', 'b', 'a', '1x']), FIXTURE_APP);
    const b = serializeCjm(withNotes(['a', '1x', '9', 'b', '10']), FIXTURE_APP);
    expect(a).toBe(b);
    expect(resave(a)).toBe(a);
  });

  it('a non-canonical file (shuffled keys, optional fields left out, no indentation) is canonical after one save', () => {
    const file = shuffleKeys(fileJson(readFixture('full.cjm')), createRng(7));
    const map = at(file, 'map');
    delete map.goal;
    for (const persona of Object.values(at(map, 'personas')) as Record<string, unknown>[]) {
      for (const field of ['photo', 'quote', 'segment', 'demographics', 'needs', 'dataSources', 'showCard']) delete persona[field];
      delete at(persona, 'behaviour').devices;
    }
    for (const stage of Object.values(at(map, 'stages')) as Record<string, unknown>[]) delete stage.color;
    for (const lane of Object.values(at(map, 'lanes')) as Record<string, unknown>[]) delete lane.collapsed;
    for (const point of Object.values(at(map, 'emotionPoints')) as Record<string, unknown>[]) {
      if (point.curve === 'current') delete point.curve;
      delete point.label;
    }
    for (const touchpoint of Object.values(at(map, 'touchpoints')) as Record<string, unknown>[]) {
      for (const field of ['goal', 'kpi', 'target', 'actual', 'momentOfTruth', 'dropOff']) delete touchpoint[field];
    }
    const input = JSON.stringify(file);

    const once = resave(input);
    expect(once).not.toBe(input);
    expect(resave(once)).toBe(once);

    const reopened = parseOk(once).document.map;
    const persona = reopened.personas.p0001;
    expect(persona?.photo).toBeNull();
    expect(persona?.demographics).toEqual({ age: '', location: '', occupation: '', extra: [] });
    expect(persona?.behaviour.devices).toEqual([]);
    expect(persona?.behaviour.channels).toEqual(['website', 'socialMedia', 'email', 'shop']);
    expect(Object.values(reopened.lanes).every((lane) => lane.collapsed === false)).toBe(true);
    expect(Object.values(reopened.emotionPoints).filter((p) => p.curve === 'current')).toHaveLength(9);
    expect(reopened.touchpoints.t0001).toMatchObject({ goal: '', target: null, momentOfTruth: false });
    expect(reopened.goal).toBe('');
    // What was there is kept: notes and their order keys are untouched.
    expect(reopened.notes).toEqual(parseOk(readFixture('full.cjm')).document.map.notes);
  });

  it('the app stamp is the only thing another build changes', () => {
    const text = readFixture('minimal.cjm');
    const other = serializeCjm(parseOk(text).document, { name: 'Journeyboard', version: '9.9.9' });
    const otherJson = fileJson(other);
    expect(otherJson.app).toEqual({ name: 'Journeyboard', version: '9.9.9' });
    expect(toText({ ...otherJson, app: FIXTURE_APP })).toBe(text);
  });

  it('output is indented JSON ending in one newline, envelope fields first', () => {
    const text = readFixture('minimal.cjm');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(Object.keys(fileJson(text))).toEqual(['format', 'formatVersion', 'schemaVersion', 'app', 'map']);
    expect(text.split('\n')[1]).toBe('  "format": "cjm",');
  });
});
