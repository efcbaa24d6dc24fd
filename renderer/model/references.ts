/** Every id a record points at must exist; a map with dangling ids is refused, never half-drawn. */
import type { BrokenReference } from './parseErrors';
import type { CollectionName } from './schema';
import type { JourneyMap } from './types';

type RefField = { readonly field: string; readonly target: CollectionName; readonly nullable?: boolean };

const REFERENCES: { readonly [C in CollectionName]: readonly RefField[] } = {
  personas: [],
  stages: [],
  lanes: [{ field: 'personaId', target: 'personas', nullable: true }],
  notes: [
    { field: 'laneId', target: 'lanes' },
    { field: 'stageId', target: 'stages' },
  ],
  emotionPoints: [
    { field: 'personaId', target: 'personas' },
    { field: 'stageId', target: 'stages' },
  ],
  touchpoints: [
    { field: 'laneId', target: 'lanes' },
    { field: 'stageId', target: 'stages' },
  ],
  voteRounds: [],
  dotVotes: [{ field: 'roundId', target: 'voteRounds' }],
  presenterNotes: [{ field: 'stageId', target: 'stages' }],
};

export function findBrokenReferences(map: JourneyMap): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const [collection, refs] of Object.entries(REFERENCES) as [CollectionName, readonly RefField[]][]) {
    for (const [id, record] of Object.entries(map[collection])) {
      for (const ref of refs) {
        const value = (record as unknown as Record<string, unknown>)[ref.field];
        if (value === null && ref.nullable) continue;
        // Own keys only: `in` would also find `constructor`, `toString`… on Object.prototype.
        if (typeof value !== 'string' || !Object.hasOwn(map[ref.target], value)) {
          broken.push({ path: `map.${collection}.${id}.${ref.field}`, missingId: String(value), collection: ref.target });
        }
      }
    }
  }
  return broken;
}
