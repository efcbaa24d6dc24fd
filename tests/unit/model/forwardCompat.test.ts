/**
 * A file from a newer Journeyboard with the same format version (a newer schema
 * "minor") opens here, and saving it does not lose what this build does not know.
 */
import { describe, expect, it } from 'vitest';
import { serializeCjm } from '../../../renderer/model/cjmFormat';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/model/migrations';
import { COLLECTION_NAMES } from '../../../renderer/model/schema';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { at, fileJson, type Json, parseErr, parseOk, readFixture, toText } from './helpers';

const VOTES = {
  v0001: { id: 'v0001', noteId: 'n0001', voter: 'anonymous-3', round: 1 },
  v0002: { id: 'v0002', noteId: 'n0003', voter: 'anonymous-7', round: 1 },
};

/** full.cjm as a newer app (schema 5, format 1) would write it, with fields this build has never heard of. */
function newerFile(): Json {
  const file = { ...fileJson(readFixture('full.cjm')), schemaVersion: 5 };
  const map = at(file, 'map');
  map.theme = { background: 'cork', font: 'Marker' };
  map.votes = VOTES;
  at(map, 'notes', 'n0001').votes = 3;
  at(map, 'notes', 'n0001').author = { initials: 'AK' };
  at(map, 'personas', 'p0001').pronouns = 'she/her';
  at(map, 'stages', 's0001').icon = 'eye';
  at(map, 'lanes', 'l0001').locked = true;
  at(map, 'emotionPoints', 'e0001').confidence = 0.8;
  at(map, 'touchpoints', 't0001').owner = 'Marketing';
  return file;
}

describe('a file from a newer schema version of the same format', () => {
  const text = toText(newerFile());
  const parsed = parseOk(text);
  const saved = serializeCjm(parsed.document, FIXTURE_APP);
  const savedMap = at(fileJson(saved), 'map');

  it('opens, and remembers it was written with schema 5', () => {
    expect(parsed.fileSchemaVersion).toBe(5);
    expect(parsed.document.schemaVersion).toBe(5);
    expect(CURRENT_SCHEMA_VERSION).toBeLessThan(5);
  });

  it('is saved as schema 5 again, never downgraded to this build’s version', () => {
    expect(fileJson(saved).schemaVersion).toBe(5);
    expect(fileJson(saved).formatVersion).toBe(1);
  });

  it('keeps unknown fields on the map', () => {
    expect(savedMap.theme).toEqual({ background: 'cork', font: 'Marker' });
  });

  it('keeps a whole unknown collection (votes)', () => {
    expect(savedMap.votes).toEqual(VOTES);
  });

  it('keeps unknown fields on a note, including nested objects', () => {
    expect(at(savedMap, 'notes', 'n0001')).toMatchObject({ votes: 3, author: { initials: 'AK' } });
    expect(at(savedMap, 'notes', 'n0001').text).toBe(parsed.document.map.notes.n0001?.text);
  });

  it('keeps unknown fields on every other record kind', () => {
    expect(at(savedMap, 'personas', 'p0001').pronouns).toBe('she/her');
    expect(at(savedMap, 'stages', 's0001').icon).toBe('eye');
    expect(at(savedMap, 'lanes', 'l0001').locked).toBe(true);
    expect(at(savedMap, 'emotionPoints', 'e0001').confidence).toBe(0.8);
    expect(at(savedMap, 'touchpoints', 't0001').owner).toBe('Marketing');
  });

  it('saves canonically: the same bytes after a second round trip, and nothing else changed', () => {
    expect(serializeCjm(parseOk(saved).document, FIXTURE_APP)).toBe(saved);
    expect(toText(savedMap)).toBe(toText(sortKeysDeep(at(fileJson(text), 'map'))));
  });

  it('still refuses invalid records it does know', () => {
    const file = newerFile();
    at(file, 'map', 'notes', 'n0002').color = 'neon';
    const error = parseErr(toText(file));
    expect(error.kind).toBe('invalidRecords');
    if (error.kind === 'invalidRecords') expect(error.problems.map((p) => p.path)).toEqual(['map.notes.n0002.color']);
  });

  it('an unknown collection is not mistaken for a known one', () => {
    expect(COLLECTION_NAMES).not.toContain('votes');
  });

  it('keeps unknown fields nested inside persona.demographics and persona.behaviour', () => {
    const file = newerFile();
    const persona = at(file, 'map', 'personas', 'p0001');
    at(persona, 'demographics').income = 'middle';
    at(persona, 'behaviour').seasonality = 'spring';
    const resaved = at(fileJson(serializeCjm(parseOk(toText(file)).document, FIXTURE_APP)), 'map', 'personas', 'p0001');
    expect(at(resaved, 'demographics').income).toBe('middle');
    expect(at(resaved, 'behaviour').seasonality).toBe('spring');
  });
});

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Json = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeysDeep((value as Json)[key]);
  return sorted;
}
