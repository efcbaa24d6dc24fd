/**
 * Hostile files (tests/fixtures): each of these once opened and then blanked
 * the window or made the map unsavable. Now they open repaired or are refused
 * with a path, and the app never writes a map it could not read back.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, NestingTooDeepError } from '../../../renderer/model/canonicalJson';
import { parseCjm, serializeCjm } from '../../../renderer/model/cjmFormat';
import { isValidLocale } from '../../../renderer/model/locale';
import { savableText, utf8Length } from '../../../renderer/model/savable';
import { mapMetaSchema } from '../../../renderer/model/schema';
import type { CjmDocument } from '../../../renderer/model/types';
import { arrangeCell } from '../../../renderer/state/commands/noteCommands';
import { NOTE_COLORS } from '../../../renderer/model/schema';
import { formatKpiNumber, parseKpiNumber } from '../../../renderer/ui/panels/kpiNumber';
import { HOSTILE_NESTING_DEPTH, minimalMap } from '../../fixtures/fixtureMaps';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { DocumentStore } from '../../../renderer/state/documentStore';
import { counterIds, manualClock } from '../state/storeHelpers';
import { fileJson, parseErr, parseOk, readFixture, toText } from './helpers';

const MB = 1024 * 1024;

/** A document whose note n0001 carries an unknown field nested `depth` levels, built without recursion. */
function deepDocument(depth: number): CjmDocument {
  const doc = minimalMap();
  let deep: unknown = 1;
  for (let i = 0; i < depth; i++) deep = { a: deep };
  const note = { ...doc.map.notes.n0001!, fromTheFuture: deep };
  return { ...doc, map: { ...doc.map, notes: { ...doc.map.notes, n0001: note } } };
}

describe('locales that Intl refuses', () => {
  it.each(['pl_PL', 'en-', 'e', '12', 'en--GB', 'x'.repeat(30)])('%s is not a valid locale, and the schema refuses it', (tag) => {
    expect(isValidLocale(tag)).toBe(false);
    const meta = { ...minimalMap().map, locale: tag };
    expect(mapMetaSchema.safeParse(meta).success).toBe(false);
  });

  it.each(['en', 'pl-PL', 'ro', 'ru-RU', 'zh-Hant-TW', 'de-CH-1996'])('%s is valid and kept', (tag) => {
    expect(isValidLocale(tag)).toBe(true);
    const text = toText({ ...fileJson(readFixture('minimal.cjm')), map: { ...fileJson(readFixture('minimal.cjm')).map as object, locale: tag } });
    expect(parseOk(text).document.map.locale).toBe(tag);
    expect(parseOk(text).repairs).toEqual([]);
  });

  it('bad-locale.cjm opens with its locale repaired to the app language, and says so', () => {
    const parsed = parseCjm(readFixture('bad-locale.cjm'), { fallbackLocale: 'ro' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.document.map.locale).toBe('ro');
    expect(parsed.value.repairs).toEqual([{ kind: 'locale', from: 'pl_PL', to: 'ro' }]);
    // Saved again, it opens with nothing left to repair.
    expect(parseOk(serializeCjm(parsed.value.document, FIXTURE_APP)).repairs).toEqual([]);
  });

  it('an app language Intl would refuse is not used for the repair: English is', () => {
    const parsed = parseCjm(readFixture('bad-locale.cjm'), { fallbackLocale: 'xx_YY' });
    expect(parsed.ok && parsed.value.document.map.locale).toBe('en');
  });

  it('a missing or non-string locale is repaired too', () => {
    const file = fileJson(readFixture('minimal.cjm'));
    const map = file.map as Record<string, unknown>;
    delete map.locale;
    expect(parseOk(toText(file)).repairs).toEqual([{ kind: 'locale', from: 'null', to: 'en' }]);
    map.locale = 42;
    expect(parseOk(toText(file)).document.map.locale).toBe('en');
  });

  it('numbers and sorting work with the map a repaired file gives', () => {
    const { map } = parseOk(readFixture('bad-locale.cjm')).document;
    expect(formatKpiNumber(1234.5, map.locale)).toBe('1,234.5');
    expect(parseKpiNumber('1,5', map.locale)).toEqual({ ok: true, value: 1.5 });
    const store = new DocumentStore(parseOk(readFixture('bad-locale.cjm')).document, { clock: manualClock(), newId: counterIds() });
    const note = Object.values(map.notes)[0]!;
    expect(() => store.run(arrangeCell, { laneId: note.laneId, stageId: note.stageId, by: 'text', palette: NOTE_COLORS })).not.toThrow();
  });

  it('an invalid locale that reaches Intl anyway (a later command, say) does not throw', () => {
    expect(formatKpiNumber(1.5, 'pl_PL')).not.toBe('');
    expect(parseKpiNumber('12', 'pl_PL')).toEqual({ ok: true, value: 12 });
  });
});

describe('nesting', () => {
  it(`deep-nesting.cjm (${HOSTILE_NESTING_DEPTH} levels) is refused with the path of the field`, () => {
    const error = parseErr(readFixture('deep-nesting.cjm'));
    expect(error.kind).toBe('invalidRecords');
    if (error.kind !== 'invalidRecords') return;
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.path).toMatch(/^map\.notes\.n0001\.fromTheFuture\.a\.a\./);
    expect(error.problems[0]!.path.split('.')).toHaveLength(MAX_NESTING_DEPTH);
    expect(error.problems[0]!.reason).toContain(String(MAX_NESTING_DEPTH));
  });

  it('an unknown field nested within the limit opens and saves to the same bytes', () => {
    const text = serializeCjm(deepDocument(MAX_NESTING_DEPTH - 8), FIXTURE_APP);
    const parsed = parseOk(text);
    expect(serializeCjm(parsed.document, FIXTURE_APP)).toBe(text);
  });

  it('serializing a map nested 20,000 levels deep throws the typed error with the path, not a stack overflow', () => {
    const doc = deepDocument(20_000);
    expect(() => serializeCjm(doc, FIXTURE_APP)).toThrow(NestingTooDeepError);
    const result = savableText(doc, FIXTURE_APP, 64 * MB);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'tooDeep', path: expect.stringMatching(/^map\.notes\.n0001\.fromTheFuture\.a\./) });
  });
});

describe('savableText: only what reads back is written', () => {
  it('gives the canonical text of a good map', () => {
    const doc = minimalMap();
    expect(savableText(doc, FIXTURE_APP, 64 * MB)).toEqual({ ok: true, value: serializeCjm(doc, FIXTURE_APP) });
  });

  it('refuses a map over the size limit, counted in UTF-8 bytes', () => {
    const doc = minimalMap();
    const text = serializeCjm(doc, FIXTURE_APP);
    const note = doc.map.notes.n0001!;
    // 1,000 Polish letters: 1,000 more characters, 2,000 more bytes.
    const polish: CjmDocument = { ...doc, map: { ...doc.map, notes: { ...doc.map.notes, n0001: { ...note, text: note.text + 'ą'.repeat(1000) } } } };
    const limit = text.length + 1500;
    expect(savableText(doc, FIXTURE_APP, limit).ok).toBe(true);
    expect(savableText(polish, FIXTURE_APP, limit)).toEqual({
      ok: false,
      error: { kind: 'tooLarge', bytes: Buffer.byteLength(serializeCjm(polish, FIXTURE_APP)), maxBytes: limit },
    });
  });

  it('refuses a map the reader would refuse (an order key past the schema limit)', () => {
    const doc = minimalMap();
    const note = doc.map.notes.n0001!;
    const bad: CjmDocument = { ...doc, map: { ...doc.map, notes: { ...doc.map.notes, n0001: { ...note, order: `a${'V'.repeat(300)}` } } } };
    const result = savableText(bad, FIXTURE_APP, 64 * MB);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'unreadable', error: { kind: 'invalidRecords' } });
  });

  it.each(['plain', 'zażółć gęślą jaźń', 'Съешь же ещё', '🧭🗺️ emoji', 'a\u0301', '\ud83d'])('utf8Length(%s) equals Node’s byte count', (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
