import { keyAtIndex, placeAt } from '../../model/order';
import { touchpointsInCell } from '../../model/queries';
import { newTouchpoint } from '../../model/records';
import type { Channel, Touchpoint } from '../../model/types';
import { before, defineCommand } from '../command';
import type { Cell } from './noteCommands';

export const addTouchpoint = defineCommand<Cell & { channel: Channel; label: string }, string>(
  'addTouchpoint',
  (map, { laneId, stageId, channel, label }, { newId }) => {
    if (!map.lanes[laneId] || !map.stages[stageId]) throw new Error(`No cell ${laneId}/${stageId}`);
    const siblings = touchpointsInCell(before(map), laneId, stageId);
    const id = newId();
    map.touchpoints[id] = newTouchpoint({ id, laneId, stageId, order: keyAtIndex(siblings, siblings.length), channel, label });
    return id;
  },
);

type TouchpointFields = Omit<Touchpoint, 'id' | 'laneId' | 'stageId' | 'order'>;

export const updateTouchpoint = defineCommand<{ touchpointId: string; changes: Partial<TouchpointFields> }>(
  'updateTouchpoint',
  (map, { touchpointId, changes }) => {
    const touchpoint = map.touchpoints[touchpointId];
    if (touchpoint) Object.assign(touchpoint, changes);
  },
);

export const moveTouchpoint = defineCommand<Cell & { touchpointId: string; index: number }>(
  'moveTouchpoint',
  (map, { touchpointId, laneId, stageId, index }) => {
    const touchpoint = map.touchpoints[touchpointId];
    if (!touchpoint || !map.lanes[laneId] || !map.stages[stageId]) return;
    const snapshot = before(map);
    const others = touchpointsInCell(snapshot, laneId, stageId).filter((t) => t.id !== touchpointId);
    const sameCell = touchpoint.laneId === laneId && touchpoint.stageId === stageId;
    if (sameCell && touchpointsInCell(snapshot, laneId, stageId).findIndex((t) => t.id === touchpointId) === Math.min(index, others.length)) return;
    touchpoint.laneId = laneId;
    touchpoint.stageId = stageId;
    const { keys, rekeyed } = placeAt(others, index);
    for (const [id, key] of rekeyed) map.touchpoints[id]!.order = key;
    touchpoint.order = keys[0]!;
  },
);

export const deleteTouchpoints = defineCommand<{ touchpointIds: readonly string[] }>(
  'deleteTouchpoints',
  (map, { touchpointIds }) => {
    for (const id of touchpointIds) delete map.touchpoints[id];
  },
);
