/** Deleting a record deletes what hangs off it, in the same command, so undo brings all of it back. */
import type { Draft } from 'immer';
import type { JourneyMap } from '../../model/types';

type DraftMap = Draft<JourneyMap>;

function removeWhere<T>(records: Record<string, T>, test: (record: T) => boolean): void {
  for (const [id, record] of Object.entries(records)) if (test(record)) delete records[id];
}

export function deleteLaneCascade(map: DraftMap, laneId: string): void {
  removeWhere(map.notes, (n) => n.laneId === laneId);
  removeWhere(map.touchpoints, (t) => t.laneId === laneId);
  delete map.lanes[laneId];
}

export function deleteStageCascade(map: DraftMap, stageId: string): void {
  removeWhere(map.notes, (n) => n.stageId === stageId);
  removeWhere(map.touchpoints, (t) => t.stageId === stageId);
  removeWhere(map.emotionPoints, (p) => p.stageId === stageId);
  removeWhere(map.presenterNotes, (n) => n.stageId === stageId);
  delete map.stages[stageId];
}

export function deletePersonaCascade(map: DraftMap, personaId: string): void {
  for (const lane of Object.values(map.lanes)) if (lane.personaId === personaId) deleteLaneCascade(map, lane.id);
  removeWhere(map.emotionPoints, (p) => p.personaId === personaId);
  delete map.personas[personaId];
}
