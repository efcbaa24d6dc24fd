/** A new map of every type opens again after saving, with the lanes its plan promises. */
import { describe, expect, it } from 'vitest';
import { parseCjm, serializeCjm } from '../../../renderer/model/cjmFormat';
import { DEFAULT_STAGE_COUNT, DEFAULT_STAGE_WIDTH, LANE_PLANS, PERSONA_COLORS } from '../../../renderer/model/conventions';
import { createMap, type DefaultNames } from '../../../renderer/model/createMap';
import { randomId } from '../../../renderer/model/ids';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/model/migrations';
import { sortByOrder } from '../../../renderer/model/order';
import { idSchema, MAP_TYPES } from '../../../renderer/model/schema';
import type { MapType } from '../../../renderer/model/types';
import { FIVE_STAGES } from '../../fixtures/fixtureMaps';
import { FIXTURE_APP, FIXTURE_NOW, LANE_TITLES } from '../../fixtures/generateMap';
import { parseOk } from './helpers';

const ENGLISH: DefaultNames = {
  title: 'Untitled journey',
  stageNames: FIVE_STAGES,
  personaName: 'Persona 1',
  laneTitle: (kind) => LANE_TITLES[kind],
};

const counter = () => {
  let next = 0;
  return () => `id${++next}`;
};

const make = (mapType: MapType, names: DefaultNames = ENGLISH, newId = counter()) =>
  createMap({ mapType, locale: 'en', nowIso: FIXTURE_NOW, newId, names });

describe.each(MAP_TYPES)('createMap(%s)', (mapType) => {
  const document = make(mapType);
  const { map } = document;

  it('saves and opens again unchanged', () => {
    const text = serializeCjm(document, FIXTURE_APP);
    const parsed = parseOk(text);
    expect(parsed.document).toEqual(document);
    expect(serializeCjm(parsed.document, FIXTURE_APP)).toBe(text);
  });

  it('has the lanes of its plan, in plan order', () => {
    const plan = LANE_PLANS[mapType];
    const [persona, ...others] = Object.values(map.personas);
    expect(others).toEqual([]);
    const lanes = sortByOrder(Object.values(map.lanes));
    expect(lanes.filter((l) => l.personaId === persona?.id).map((l) => l.kind)).toEqual([...plan.personaLanes]);
    expect(lanes.filter((l) => l.personaId === null).map((l) => l.kind)).toEqual([...plan.sharedLanes]);
    expect(Object.keys(map.lanes)).toHaveLength(plan.personaLanes.length + plan.sharedLanes.length);
    for (const lane of lanes) {
      expect(lane.title).toBe(LANE_TITLES[lane.kind]);
      expect(lane.collapsed).toBe(false);
    }
  });

  it('has the default stages in the given order, and nothing else yet', () => {
    expect(sortByOrder(Object.values(map.stages)).map((s) => s.name)).toEqual([...FIVE_STAGES]);
    expect(FIVE_STAGES).toHaveLength(DEFAULT_STAGE_COUNT);
    expect(Object.values(map.stages).every((s) => s.width === DEFAULT_STAGE_WIDTH && s.color === null)).toBe(true);
    expect([map.notes, map.emotionPoints, map.touchpoints]).toEqual([{}, {}, {}]);
  });

  it('stamps type, locale, time and the current schema version', () => {
    expect(map).toMatchObject({ mapType, locale: 'en', createdAt: FIXTURE_NOW, updatedAt: FIXTURE_NOW, goal: '' });
    expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(Object.values(map.personas)[0]?.color).toBe(PERSONA_COLORS[0]);
  });

  it('gives every record a distinct id, with random ids too', () => {
    const random = make(mapType, ENGLISH, randomId);
    const all = [
      random.map.id,
      ...Object.keys(random.map.personas),
      ...Object.keys(random.map.stages),
      ...Object.keys(random.map.lanes),
    ];
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(idSchema.safeParse(id).success, id).toBe(true);
    expect(parseCjm(serializeCjm(random, FIXTURE_APP)).ok).toBe(true);
  });
});

describe('createMap with the facilitator’s language', () => {
  it('Polish names come back identical after save and open', () => {
    const names: DefaultNames = {
      title: 'Nowa ścieżka klienta',
      stageNames: ['Świadomość', 'Rozważanie', 'Wybór', 'Zakup', 'Obsługa po zakupie'],
      personaName: 'Małgorzata',
      laneTitle: (kind) => `Ścieżka: ${kind}`,
    };
    const document = make('currentState', names);
    const { map } = parseOk(serializeCjm(document, FIXTURE_APP)).document;
    expect(map.title).toBe('Nowa ścieżka klienta');
    expect(sortByOrder(Object.values(map.stages)).map((s) => s.name)).toEqual([...names.stageNames]);
    expect(Object.values(map.personas)[0]?.name).toBe('Małgorzata');
  });

  it('any number of stage names is honoured', () => {
    const names = { ...ENGLISH, stageNames: ['Research', 'Purchase', 'Use', 'Share'] };
    const { map } = make('dayInTheLife', names);
    expect(sortByOrder(Object.values(map.stages)).map((s) => s.name)).toEqual(['Research', 'Purchase', 'Use', 'Share']);
  });
});
