import { defineCommand } from '../command';

export const renameMap = defineCommand<{ title: string }>('renameMap', (map, { title }) => {
  map.title = title;
});

/** The workshop's goal for the map (seed 003: "More subscribers who buy within a month"). */
export const setMapGoal = defineCommand<{ goal: string }>('setMapGoal', (map, { goal }) => {
  if (map.goal !== goal) map.goal = goal;
});
