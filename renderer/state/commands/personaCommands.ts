import type { Draft } from 'immer';
import { LANE_PLANS, PERSONA_COLORS } from '../../model/conventions';
import { keyAfterLast, keysBetween, placeAt, sortByOrder } from '../../model/order';
import { sortedPersonas } from '../../model/queries';
import { newPersona } from '../../model/records';
import type { LaneKind, Persona } from '../../model/types';
import { defineCommand } from '../command';
import { deletePersonaCascade } from './cascade';

export interface AddPersonaArgs {
  readonly name: string;
  readonly laneTitle: (kind: LaneKind) => string;
}

/** Adds a persona with the lane band its map type calls for. */
export const addPersona = defineCommand<AddPersonaArgs, string>('addPersona', (map, { name, laneTitle }, { newId }) => {
  const personas = sortedPersonas(map);
  const id = newId();
  map.personas[id] = newPersona({
    id,
    name,
    color: PERSONA_COLORS[personas.length % PERSONA_COLORS.length]!,
    order: keyAfterLast(personas),
  }) as Draft<Persona>;
  const kinds = LANE_PLANS[map.mapType].personaLanes;
  keysBetween(null, null, kinds.length).forEach((order, i) => {
    const laneId = newId();
    const kind = kinds[i]!;
    map.lanes[laneId] = { id: laneId, personaId: id, kind, title: laneTitle(kind), order, collapsed: false };
  });
  return id;
});

export const removePersona = defineCommand<{ personaId: string }>('removePersona', (map, { personaId }) => {
  if (map.personas[personaId]) deletePersonaCascade(map, personaId);
});

type PersonaFields = Omit<Persona, 'id' | 'order'>;

/** Replaces the given persona fields; the editor sends one field group at a time. */
export const updatePersona = defineCommand<{ personaId: string; changes: Partial<PersonaFields> }>(
  'updatePersona',
  (map, { personaId, changes }) => {
    const persona = map.personas[personaId];
    if (persona) Object.assign(persona, changes);
  },
);

export const movePersona = defineCommand<{ personaId: string; toIndex: number }>(
  'movePersona',
  (map, { personaId, toIndex }) => {
    const persona = map.personas[personaId];
    if (!persona) return;
    const others = sortByOrder(Object.values(map.personas).filter((p) => p.id !== personaId));
    const { keys, rekeyed } = placeAt(others, toIndex);
    for (const [id, key] of rekeyed) map.personas[id]!.order = key;
    persona.order = keys[0]!;
  },
);
