import { keyAtIndex, placeAt, sortByOrder } from '../../model/order';
import { lanesOf } from '../../model/queries';
import type { LaneKind } from '../../model/types';
import { defineCommand } from '../command';
import { deleteLaneCascade } from './cascade';

export const addLane = defineCommand<
  { personaId: string | null; kind: LaneKind; title: string; index?: number },
  string
>('addLane', (map, { personaId, kind, title, index }, { newId }) => {
  const siblings = lanesOf(map, personaId);
  const id = newId();
  map.lanes[id] = {
    id,
    personaId,
    kind,
    title,
    order: keyAtIndex(siblings, index ?? siblings.length),
    collapsed: false,
  };
  return id;
});

export const renameLane = defineCommand<{ laneId: string; title: string }>('renameLane', (map, { laneId, title }) => {
  const lane = map.lanes[laneId];
  if (lane) lane.title = title;
});

export const setLaneKind = defineCommand<{ laneId: string; kind: LaneKind }>('setLaneKind', (map, { laneId, kind }) => {
  const lane = map.lanes[laneId];
  if (lane) lane.kind = kind;
});

export const setLaneCollapsed = defineCommand<{ laneId: string; collapsed: boolean }>(
  'setLaneCollapsed',
  (map, { laneId, collapsed }) => {
    const lane = map.lanes[laneId];
    if (lane) lane.collapsed = collapsed;
  },
);

/** Moves a lane within its band, or into another persona's band (or the shared band). */
export const moveLane = defineCommand<{ laneId: string; personaId: string | null; toIndex: number }>(
  'moveLane',
  (map, { laneId, personaId, toIndex }) => {
    const lane = map.lanes[laneId];
    if (!lane) return;
    const others = sortByOrder(
      Object.values(map.lanes).filter((l) => l.personaId === personaId && l.id !== laneId),
    );
    lane.personaId = personaId;
    const { keys, rekeyed } = placeAt(others, toIndex);
    for (const [id, key] of rekeyed) map.lanes[id]!.order = key;
    lane.order = keys[0]!;
  },
);

export const deleteLane = defineCommand<{ laneId: string }>('deleteLane', (map, { laneId }) => {
  if (map.lanes[laneId]) deleteLaneCascade(map, laneId);
});
