/** A new map for a map type, with its default stages, one persona and that persona's lanes. */
import { LANE_PLANS, PERSONA_COLORS, DEFAULT_STAGE_WIDTH } from './conventions';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { keysBetween } from './order';
import type { CjmDocument, JourneyMap, Lane, LaneKind, MapType, Persona, Stage } from './types';
import { newPersona } from './records';

/**
 * Names are passed in, picked from the catalogs in the map's language
 * (renderer/i18n/mapNames.ts): the model stays free of languages, and each
 * language's default names live in one place, its catalog folder.
 */
export interface DefaultNames {
  readonly title: string;
  readonly stageNames: readonly string[];
  readonly personaName: string;
  readonly laneTitle: (kind: LaneKind) => string;
}

export interface CreateMapOptions {
  readonly mapType: MapType;
  readonly locale: string;
  readonly nowIso: string;
  readonly newId: () => string;
  readonly names: DefaultNames;
}

export function createMap({ mapType, locale, nowIso, newId, names }: CreateMapOptions): CjmDocument {
  const stageKeys = keysBetween(null, null, names.stageNames.length);
  const stages: Record<string, Stage> = {};
  names.stageNames.forEach((name, i) => {
    const id = newId();
    stages[id] = { id, name, order: stageKeys[i]!, width: DEFAULT_STAGE_WIDTH, color: null };
  });

  const persona: Persona = newPersona({
    id: newId(),
    name: names.personaName,
    color: PERSONA_COLORS[0],
    order: keysBetween(null, null, 1)[0]!,
  });

  const plan = LANE_PLANS[mapType];
  const lanes: Record<string, Lane> = {};
  const addLanes = (kinds: readonly LaneKind[], personaId: string | null) => {
    const keys = keysBetween(null, null, kinds.length);
    kinds.forEach((kind, i) => {
      const id = newId();
      lanes[id] = { id, personaId, kind, title: names.laneTitle(kind), order: keys[i]!, collapsed: false };
    });
  };
  addLanes(plan.personaLanes, persona.id);
  addLanes(plan.sharedLanes, null);

  const map: JourneyMap = {
    id: newId(),
    title: names.title,
    goal: '',
    mapType,
    locale,
    createdAt: nowIso,
    updatedAt: nowIso,
    personas: { [persona.id]: persona },
    stages,
    lanes,
    notes: {},
    emotionPoints: {},
    touchpoints: {},
    voteRounds: {},
    dotVotes: {},
    presenterNotes: {},
  };
  return { schemaVersion: CURRENT_SCHEMA_VERSION, map };
}
