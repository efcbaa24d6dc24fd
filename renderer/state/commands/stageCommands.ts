import { MAX_STAGE_WIDTH, MIN_STAGE_WIDTH } from '../../model/schema';
import { DEFAULT_STAGE_WIDTH } from '../../model/conventions';
import { keyAtIndex, placeAt, sortByOrder } from '../../model/order';
import { sortedStages } from '../../model/queries';
import { defineCommand } from '../command';
import { deleteStageCascade } from './cascade';

export const addStage = defineCommand<{ name: string; index?: number }, string>(
  'addStage',
  (map, { name, index }, { newId }) => {
    const stages = sortedStages(map);
    const id = newId();
    map.stages[id] = {
      id,
      name,
      order: keyAtIndex(stages, index ?? stages.length),
      width: DEFAULT_STAGE_WIDTH,
      color: null,
    };
    return id;
  },
);

export const renameStage = defineCommand<{ stageId: string; name: string }>('renameStage', (map, { stageId, name }) => {
  const stage = map.stages[stageId];
  if (stage) stage.name = name;
});

export const deleteStage = defineCommand<{ stageId: string }>('deleteStage', (map, { stageId }) => {
  if (map.stages[stageId]) deleteStageCascade(map, stageId);
});

/** `toIndex` counts among the other stages, i.e. the position the stage ends up at. */
export const moveStage = defineCommand<{ stageId: string; toIndex: number }>('moveStage', (map, { stageId, toIndex }) => {
  const stage = map.stages[stageId];
  if (!stage) return;
  const others = sortByOrder(Object.values(map.stages).filter((s) => s.id !== stageId));
  const current = sortedStages(map).findIndex((s) => s.id === stageId);
  if (current === toIndex) return;
  const { keys, rekeyed } = placeAt(others, toIndex);
  for (const [id, key] of rekeyed) map.stages[id]!.order = key;
  stage.order = keys[0]!;
});

export const resizeStage = defineCommand<{ stageId: string; width: number }>('resizeStage', (map, { stageId, width }) => {
  const stage = map.stages[stageId];
  if (stage) stage.width = Math.round(Math.min(MAX_STAGE_WIDTH, Math.max(MIN_STAGE_WIDTH, width)));
});

export const setStageColor = defineCommand<{ stageId: string; color: string | null }>(
  'setStageColor',
  (map, { stageId, color }) => {
    const stage = map.stages[stageId];
    if (stage) stage.color = color;
  },
);
