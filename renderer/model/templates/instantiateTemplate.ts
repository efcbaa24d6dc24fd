/**
 * A new map from a template: every record gets a fresh id (and every reference
 * follows it), so two maps made from one template never share an id and can
 * later be merged. Order keys, texts and everything else are kept.
 */
import type { IdGenerator } from '../ids';
import type { CjmDocument, JourneyMap, RecordsById } from '../types';

export interface InstantiateOptions {
  readonly newId: IdGenerator;
  readonly nowIso: string;
}

function remap<T extends { readonly id: string }>(records: RecordsById<T>, ids: Map<string, string>, newId: IdGenerator, change: (record: T, id: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const record of Object.values(records)) {
    const id = newId();
    ids.set(record.id, id);
    out[id] = change(record, id);
  }
  return out;
}

export function instantiateTemplate(template: CjmDocument, { newId, nowIso }: InstantiateOptions): CjmDocument {
  const source = template.map;
  const personaIds = new Map<string, string>();
  const stageIds = new Map<string, string>();
  const laneIds = new Map<string, string>();
  const ref = (ids: Map<string, string>, id: string): string => {
    const mapped = ids.get(id);
    if (mapped === undefined) throw new Error(`The template refers to ${id}, which it does not have`);
    return mapped;
  };
  const personas = remap(source.personas, personaIds, newId, (p, id) => ({ ...p, id }));
  const stages = remap(source.stages, stageIds, newId, (s, id) => ({ ...s, id }));
  const lanes = remap(source.lanes, laneIds, newId, (l, id) => ({ ...l, id, personaId: l.personaId === null ? null : ref(personaIds, l.personaId) }));
  const unused = new Map<string, string>();
  const map: JourneyMap = {
    ...source,
    id: newId(),
    createdAt: nowIso,
    updatedAt: nowIso,
    personas,
    stages,
    lanes,
    notes: remap(source.notes, unused, newId, (n, id) => ({ ...n, id, laneId: ref(laneIds, n.laneId), stageId: ref(stageIds, n.stageId) })),
    emotionPoints: remap(source.emotionPoints, unused, newId, (e, id) => ({
      ...e,
      id,
      personaId: ref(personaIds, e.personaId),
      stageId: ref(stageIds, e.stageId),
    })),
    touchpoints: remap(source.touchpoints, unused, newId, (t, id) => ({ ...t, id, laneId: ref(laneIds, t.laneId), stageId: ref(stageIds, t.stageId) })),
  };
  return { schemaVersion: template.schemaVersion, map };
}
