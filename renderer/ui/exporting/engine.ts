/**
 * The app's export engine: renderer/board/export's exportMap, given the map's
 * current layout, the labels the board paints with, the persona photos and the
 * cover's words, all read when an export starts.
 * INTERIM until the `exports` branch is merged: every export fails with a message.
 */
import type { TFunction } from 'i18next';
import type { DocumentStore } from '../../state/documentStore';
import type { LayoutStore } from '../../state/layoutStore';
import type { ExportEngine } from './exportController';

export function createExportEngine(_deps: { readonly store: DocumentStore; readonly layouts: LayoutStore; readonly t: TFunction }): ExportEngine {
  return async () => {
    throw new Error('The export engine is not available in this build yet.');
  };
}
