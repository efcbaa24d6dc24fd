import { defineCommand } from '../command';

export const renameMap = defineCommand<{ title: string }>('renameMap', (map, { title }) => {
  map.title = title;
});
