import { defineCommand } from '../command';

export const renameMap = defineCommand<{ title: string }>('renameMap', (map, { title }) => {
  map.title = title;
});

export const setMapGoal = defineCommand<{ goal: string }>('setMapGoal', (map, { goal }) => {
  map.goal = goal;
});
