/** The deterministic map generator behind the fixtures, the bench, browser tests and e2e. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeCjm } from '../../../renderer/model/cjmFormat';
import { idSchema } from '../../../renderer/model/schema';
import type { CjmDocument, JourneyMap } from '../../../renderer/model/types';
import {
  BENCH_10K,
  BENCH_2K,
  FIXTURE_APP,
  generateCjmText,
  generateMap,
  type GenerateMapOptions,
} from '../../fixtures/generateMap';
import { fixturePath, parseOk } from './helpers';

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const allIds = (map: JourneyMap): string[] => [
  map.id,
  ...[map.personas, map.stages, map.lanes, map.notes, map.emotionPoints, map.touchpoints].flatMap((records) =>
    Object.keys(records),
  ),
];

function expectOpensUnchanged(document: CjmDocument): void {
  const text = serializeCjm(document, FIXTURE_APP);
  const parsed = parseOk(text);
  expect(parsed.document).toEqual(document);
  expect(serializeCjm(parsed.document, FIXTURE_APP)).toBe(text);
}

describe('the bench board: 3 personas × 8 lanes × 10 stages, 2,000 notes', () => {
  const document = generateMap(BENCH_2K);
  const { map } = document;

  it('has exactly the requested size', () => {
    expect(Object.keys(map.personas)).toHaveLength(3);
    expect(Object.keys(map.stages)).toHaveLength(10);
    expect(Object.keys(map.lanes)).toHaveLength(24);
    expect(Object.keys(map.notes)).toHaveLength(2000);
  });

  it('opens after saving and comes back equal (every default field is filled in)', () => {
    expectOpensUnchanged(document);
  });

  it('spreads the notes evenly over the note lanes × stages', () => {
    const counts = new Map<string, number>();
    for (const note of Object.values(map.notes)) {
      const cell = `${note.laneId}/${note.stageId}`;
      counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
    const noteLanes = Object.values(map.lanes).filter((lane) => lane.kind !== 'emotions');
    expect(counts.size).toBe(noteLanes.length * 10);
    const values = [...counts.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });

  it('covers emotion curves and touchpoints, in each persona’s touchpoints lane', () => {
    expect(Object.keys(map.emotionPoints)).toHaveLength(3 * 10);
    const touchpoints = Object.values(map.touchpoints);
    expect(touchpoints).toHaveLength(3 * 10 * 2);
    for (const touchpoint of touchpoints) expect(map.lanes[touchpoint.laneId]?.kind).toBe('touchpoints');
    expect(new Set(touchpoints.map((t) => map.lanes[t.laneId]?.personaId)).size).toBe(3);
    expect(new Set(touchpoints.map((t) => t.channel)).size).toBeGreaterThanOrEqual(8);
  });

  it('writes realistic note texts of 2 to 30 words, mostly short', () => {
    const lengths = Object.values(map.notes).map((note) => words(note.text));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(30);
    expect(lengths.filter((n) => n <= 8).length).toBeGreaterThan(lengths.length / 2);
    expect(lengths.filter((n) => n >= 17).length).toBeGreaterThan(20);
    expect(new Set(Object.values(map.notes).map((note) => note.text)).size).toBeGreaterThan(500);
  });

  it('uses readable sequential ids that are valid and unique', () => {
    expect(Object.keys(map.notes)[0]).toBe('n0001');
    expect(Object.keys(map.notes).at(-1)).toBe('n2000');
    const ids = allIds(map);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(idSchema.safeParse(id).success, id).toBe(true);
  });
});

describe('the 10,000-note stress board', () => {
  it('has 10,000 notes with five-digit ids and opens', () => {
    const document = generateMap(BENCH_10K);
    const ids = Object.keys(document.map.notes);
    expect(ids).toHaveLength(10000);
    expect(ids[0]).toBe('n00001');
    expect(ids.at(-1)).toBe('n10000');
    expect(parseOk(serializeCjm(document, FIXTURE_APP)).document.map.notes.n10000).toEqual(document.map.notes.n10000);
  });
});

describe('determinism', () => {
  const options: GenerateMapOptions = { personas: 2, lanesPerPersona: 5, stages: 6, totalNotes: 150, seed: 11 };

  it('the same options give the same bytes', () => {
    expect(generateCjmText(options)).toBe(generateCjmText({ ...options }));
  });

  it('another seed gives other texts but the same shape', () => {
    const a = generateMap(options).map;
    const b = generateMap({ ...options, seed: 12 }).map;
    expect(Object.keys(b.notes)).toHaveLength(Object.keys(a.notes).length);
    expect(Object.keys(b.lanes)).toEqual(Object.keys(a.lanes));
    expect(Object.values(b.notes).map((n) => n.text)).not.toEqual(Object.values(a.notes).map((n) => n.text));
  });
});

describe('options', () => {
  it('notesPerCell puts that many notes in every note lane × stage cell', () => {
    const { map } = generateMap({ personas: 2, lanesPerPersona: 3, stages: 4, notesPerCell: 2, seed: 1 });
    // currentState plan: actions, thoughts, emotions — notes skip the emotion lane.
    const kinds = Object.values(map.lanes).map((lane) => lane.kind);
    expect(kinds).toEqual(['actions', 'thoughts', 'emotions', 'actions', 'thoughts', 'emotions']);
    expect(Object.keys(map.notes)).toHaveLength(2 * 2 * 4 * 2);
  });

  it('lanesPerPersona beyond the plan adds the other kinds, then more free-text lanes with distinct titles', () => {
    const { map } = generateMap({ personas: 1, lanesPerPersona: 10, stages: 2, totalNotes: 0, seed: 1 });
    const lanes = Object.values(map.lanes);
    expect(lanes.map((lane) => lane.kind)).toEqual([
      'actions', 'thoughts', 'emotions', 'touchpoints', 'pains', 'opportunities', 'kpis', 'freeText', 'freeText', 'freeText',
    ]);
    expect(new Set(lanes.map((lane) => lane.title)).size).toBe(10);
  });

  it('a service blueprint gets its shared backstage and support lanes', () => {
    const document = generateMap({ personas: 2, stages: 5, totalNotes: 60, seed: 3, mapType: 'serviceBlueprint' });
    const shared = Object.values(document.map.lanes).filter((lane) => lane.personaId === null);
    expect(shared.map((lane) => lane.kind)).toEqual(['backstage', 'support']);
    expect(Object.values(document.map.notes).some((note) => document.map.lanes[note.laneId]?.personaId === null)).toBe(true);
    expectOpensUnchanged(document);
  });

  it('a future-state map gets a target curve too', () => {
    const { map } = generateMap({ personas: 2, stages: 5, totalNotes: 10, seed: 3, mapType: 'futureState' });
    const points = Object.values(map.emotionPoints);
    expect(points.filter((p) => p.curve === 'target')).toHaveLength(10);
    expectOpensUnchanged(generateMap({ personas: 2, stages: 5, totalNotes: 10, seed: 3, mapType: 'futureState' }));
  });

  it('emotion points and touchpoints can be turned off', () => {
    const { map } = generateMap({
      personas: 2,
      stages: 3,
      totalNotes: 5,
      seed: 1,
      emotionPoints: false,
      touchpointsPerStage: 0,
    });
    expect([map.emotionPoints, map.touchpoints]).toEqual([{}, {}]);
  });

  it('refuses impossible sizes instead of building a broken map', () => {
    expect(() => generateMap({ personas: -1, stages: 3, totalNotes: 1, seed: 1 })).toThrow();
    expect(() => generateMap({ personas: 1, stages: 2.5, totalNotes: 1, seed: 1 })).toThrow();
    expect(() => generateMap({ personas: 0, stages: 3, totalNotes: 5, seed: 1 })).toThrow(/no lane/);
  });
});

describe('browser-safe', () => {
  it.each(['generateMap.ts', 'fixtureMaps.ts'])('%s imports nothing from Node', (file) => {
    const source = readFileSync(fixturePath(file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier, file).toMatch(/^\.\.?\//);
  });
});
