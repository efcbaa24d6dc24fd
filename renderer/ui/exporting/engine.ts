/**
 * The app's export engine: renderer/board/export's exportMap, given the map,
 * its layout and the labels the board paints with.
 * INTERIM until the `exports` branch is merged: every export fails with a message.
 */
import type { ExportEngine } from './exportController';

export function createExportEngine(): ExportEngine {
  return async () => {
    throw new Error('The export engine is not available in this build yet.');
  };
}
