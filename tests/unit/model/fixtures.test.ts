/**
 * The committed fixtures in tests/fixtures/ are exactly what their recipes produce.
 *
 * How fixtures are written (the simplest robust option on Node 20 without tsx):
 * the recipes live in tests/fixtures/fixtureMaps.ts (pure TS), and this test is
 * the writer. Normally it fails when a committed file differs from its recipe,
 * so fixtures cannot drift from the model silently. To (re)write them after an
 * intended change, run
 *
 *   UPDATE_FIXTURES=1 npx vitest run --project unit tests/unit/model/fixtures.test.ts
 *
 * then review the diff of tests/fixtures/ and commit it with the change.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANE_PLANS } from '../../../renderer/model/conventions';
import { serializeCjm } from '../../../renderer/model/cjmFormat';
import { sortByOrder } from '../../../renderer/model/order';
import { CHANNELS, COLLECTIONS, LANE_KINDS, NOTE_COLORS } from '../../../renderer/model/schema';
import type { JourneyMap } from '../../../renderer/model/types';
import {
  AVATAR_PNG_DATA_URL,
  BAD_FIXTURE_NAMES,
  BAD_FIXTURES,
  FIVE_STAGES,
  GOOD_FIXTURE_NAMES,
  GOOD_FIXTURES,
  HOSTILE_FIXTURE_NAMES,
  HOSTILE_FIXTURES,
} from '../../fixtures/fixtureMaps';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { FIXTURES_DIR, fixturePath, parseOk, readFixture } from './helpers';

const UPDATE = process.env.UPDATE_FIXTURES === '1';

const recipes: [string, () => string][] = [
  ...GOOD_FIXTURE_NAMES.map((name): [string, () => string] => [
    name,
    () => serializeCjm(GOOD_FIXTURES[name](), FIXTURE_APP),
  ]),
  ...BAD_FIXTURE_NAMES.map((name): [string, () => string] => [name, BAD_FIXTURES[name]]),
  ...HOSTILE_FIXTURE_NAMES.map((name): [string, () => string] => [name, HOSTILE_FIXTURES[name]]),
];

describe('committed fixtures match their recipes', () => {
  it.each(recipes)('%s', (name, recipe) => {
    const expected = recipe();
    if (UPDATE) writeFileSync(fixturePath(name), expected, 'utf8');
    expect(existsSync(fixturePath(name)), `${name} is missing; run with UPDATE_FIXTURES=1`).toBe(true);
    expect(readFixture(name), `${name} drifted from its recipe; run with UPDATE_FIXTURES=1 and review`).toBe(expected);
  });

  it('every fixture file has a recipe and a line in the README', () => {
    const files = readdirSync(FIXTURES_DIR).filter((file) => /\.(cjm|json)$/.test(file));
    expect(files.sort()).toEqual(recipes.map(([name]) => name).sort());
    const readme = readFixture('README.md');
    for (const [name] of recipes) expect(readme, `README.md line for ${name}`).toContain(`\`${name}\``);
  });

  it('recipes are deterministic', () => {
    for (const [name, recipe] of recipes) expect(recipe(), name).toBe(recipe());
  });
});

const open = (name: string): JourneyMap => parseOk(readFixture(name)).document.map;
const ordered = <T extends { readonly id: string; readonly order: string }>(records: { readonly [id: string]: T }) =>
  sortByOrder(Object.values(records));
const lanesOf = (map: JourneyMap, personaId: string | null) =>
  ordered(map.lanes).filter((lane) => lane.personaId === personaId);

describe('what each good fixture holds', () => {
  it('minimal.cjm: the five seed stages, one persona with the currentState lanes, three notes', () => {
    const map = open('minimal.cjm');
    expect(map.mapType).toBe('currentState');
    expect(ordered(map.stages).map((stage) => stage.name)).toEqual([...FIVE_STAGES]);
    const personas = Object.values(map.personas);
    expect(personas).toHaveLength(1);
    expect(lanesOf(map, personas[0]?.id ?? '').map((lane) => lane.kind)).toEqual([...LANE_PLANS.currentState.personaLanes]);
    expect(lanesOf(map, null)).toEqual([]);
    expect(Object.keys(map.notes)).toHaveLength(3);
  });

  it('full.cjm: every field of every record kind carries a non-default value somewhere', () => {
    const map = open('full.cjm');
    const filled = (value: unknown): boolean =>
      value !== null &&
      value !== '' &&
      value !== false &&
      !(Array.isArray(value) && value.length === 0) &&
      !(typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every((v) => !filled(v)));
    for (const name of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) {
      const records = Object.values(map[name]) as unknown as Record<string, unknown>[];
      expect(records.length, name).toBeGreaterThan(0);
      for (const field of Object.keys(COLLECTIONS[name].shape)) {
        expect(records.some((record) => filled(record[field])), `${name}.${field}`).toBe(true);
      }
    }
    for (const persona of Object.values(map.personas)) {
      for (const [group, fields] of Object.entries({ demographics: persona.demographics, behaviour: persona.behaviour })) {
        for (const [field, value] of Object.entries(fields)) expect(filled(value), `${persona.id}.${group}.${field}`).toBe(true);
      }
      for (const field of ['photo', 'quote', 'segment', 'needs', 'motivations', 'fears', 'obstacles', 'dataSources'] as const) {
        expect(filled(persona[field]), `${persona.id}.${field}`).toBe(true);
      }
      expect(persona.demographics.extra.length).toBeGreaterThan(0);
    }
    expect(map.goal).not.toBe('');
  });

  it('full.cjm: a futureState map with the shapes the board must draw', () => {
    const map = open('full.cjm');
    expect(map.mapType).toBe('futureState');
    expect(ordered(map.stages).map((stage) => stage.name)).toEqual([...FIVE_STAGES]);
    expect(Object.values(map.stages).filter((stage) => stage.color !== null)).toHaveLength(1);
    const personas = ordered(map.personas);
    expect(personas).toHaveLength(2);
    for (const persona of personas) {
      const kinds = lanesOf(map, persona.id).map((lane) => lane.kind);
      expect(kinds).toEqual(expect.arrayContaining([...LANE_PLANS.futureState.personaLanes, 'freeText']));
    }
    expect(lanesOf(map, null).map((lane) => lane.kind)).toEqual(['backstage']);

    const notes = Object.values(map.notes);
    expect(notes.length).toBeGreaterThanOrEqual(35);
    expect(notes.length).toBeLessThanOrEqual(45);
    expect(new Set(notes.map((note) => note.color)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(notes.map((note) => note.laneId)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(notes.map((note) => note.stageId)).size).toBe(5);

    const points = Object.values(map.emotionPoints);
    const stageCount = Object.keys(map.stages).length;
    const current = (personaId: string) => points.filter((p) => p.personaId === personaId && p.curve === 'current');
    const counts = personas.map((persona) => current(persona.id).length);
    expect(counts, 'one persona has a gap in its current curve').toContain(stageCount - 1);
    expect(points.filter((p) => p.curve === 'target').length).toBeGreaterThanOrEqual(2);
    expect(points.map((p) => p.score)).toEqual(expect.arrayContaining([-3, 2]));

    const touchpoints = Object.values(map.touchpoints);
    expect(touchpoints.length).toBeGreaterThanOrEqual(4);
    expect(new Set(touchpoints.map((t) => t.channel)).size).toBeGreaterThanOrEqual(4);
    expect(touchpoints.filter((t) => t.momentOfTruth)).toHaveLength(1);
    expect(touchpoints.filter((t) => t.dropOff)).toHaveLength(1);
    expect(touchpoints.some((t) => t.goal !== '' && t.kpi !== '' && t.target !== null && t.actual !== null)).toBe(true);
    for (const t of touchpoints) expect(map.lanes[t.laneId]?.kind).toBe('touchpoints');
  });

  it('full.cjm: the persona photo is a real, tiny 32×32 PNG', () => {
    const map = open('full.cjm');
    expect(Object.values(map.personas).map((persona) => persona.photo)).toContain(AVATAR_PNG_DATA_URL);
    const png = Buffer.from(AVATAR_PNG_DATA_URL.replace('data:image/png;base64,', ''), 'base64');
    expect(png.length).toBeLessThan(1024);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let offset = 8; offset < png.length; ) {
      const length = png.readUInt32BE(offset);
      const type = png.toString('latin1', offset + 4, offset + 8);
      const data = png.subarray(offset + 8, offset + 8 + length);
      expect(png.readUInt32BE(offset + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
      chunks.push({ type, data });
      offset += 12 + length;
    }
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0]?.data ?? Buffer.alloc(0);
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([32, 32]);
    expect(inflateSync(chunks[1]?.data ?? Buffer.alloc(0)).length).toBe(32 * (1 + 32 * 3));
  });

  it('blueprint.cjm: the blueprint layers, with shared backstage and support lanes', () => {
    const map = open('blueprint.cjm');
    expect(map.mapType).toBe('serviceBlueprint');
    const [persona] = ordered(map.personas);
    expect(lanesOf(map, persona?.id ?? '').map((lane) => lane.kind)).toEqual([...LANE_PLANS.serviceBlueprint.personaLanes]);
    expect(lanesOf(map, null).map((lane) => lane.kind)).toEqual([...LANE_PLANS.serviceBlueprint.sharedLanes]);
    const kindsWithNotes = new Set(Object.values(map.notes).map((note) => map.lanes[note.laneId]?.kind));
    for (const kind of ['evidence', 'actions', 'frontstage', 'backstage', 'support'] as const) {
      expect(kindsWithNotes.has(kind), kind).toBe(true);
    }
  });

  it('workshop-40.cjm: five stages, two personas, exactly 40 short English notes', () => {
    const map = open('workshop-40.cjm');
    expect(Object.keys(map.stages)).toHaveLength(5);
    expect(Object.keys(map.personas)).toHaveLength(2);
    const notes = Object.values(map.notes);
    expect(notes).toHaveLength(40);
    for (const note of notes) {
      const words = note.text.split(/\s+/).length;
      expect(words, note.text).toBeGreaterThanOrEqual(1);
      expect(words, note.text).toBeLessThanOrEqual(8);
    }
    expect(new Set(notes.map((note) => note.text)).size).toBe(40);
  });

  it('i18n.cjm: Polish, Romanian and Russian text in titles, stages, personas and notes', () => {
    const map = open('i18n.cjm');
    const all = [
      map.title,
      ...Object.values(map.stages).map((s) => s.name),
      ...Object.values(map.personas).map((p) => p.name),
      ...Object.values(map.notes).map((n) => n.text),
    ].join(' ');
    for (const letter of 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻășțâîĂȘȚÂÎ') expect(all, letter).toContain(letter);
    expect(all).toMatch(/[ёЁ]/u);
    expect(all).toMatch(/[А-Яа-я]{5}/u);
    for (const part of [map.title, ...Object.values(map.stages).map((s) => s.name)]) {
      expect(part).toMatch(/[ąćęłńóśźż]/u);
      expect(part).toMatch(/[ăâîșț]/u);
      expect(part).toMatch(/[а-яё]/u);
    }
    // Romanian uses the comma-below letters, not the legacy cedilla ones.
    expect(all).not.toMatch(/[şţŞŢ]/u);
  });

  it('together, the fixtures use every lane kind, note colour and most channels', () => {
    const maps = GOOD_FIXTURE_NAMES.map(open);
    const kinds = new Set(maps.flatMap((map) => Object.values(map.lanes).map((lane) => lane.kind)));
    expect([...kinds].sort()).toEqual([...LANE_KINDS].sort());
    const colors = new Set(maps.flatMap((map) => Object.values(map.notes).map((note) => note.color)));
    expect([...colors].sort()).toEqual([...NOTE_COLORS].sort());
    const channels = new Set(maps.flatMap((map) => Object.values(map.touchpoints).map((t) => t.channel)));
    expect(channels.size).toBeGreaterThanOrEqual(CHANNELS.length / 2);
  });
});

/** CRC-32 as PNG uses it (Node 20 has no zlib.crc32). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
