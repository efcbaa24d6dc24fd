/**
 * The app's export engine: renderer/board/export's exportMap, given the map
 * as the board shows it when the export starts (createExportInput: the current
 * layout, the board's labels, decoded photos and the cover's words).
 */
import type { TFunction } from 'i18next';
import { exportMap } from '../../board/export/exportMap';
import type { DocumentStore } from '../../state/documentStore';
import type { LayoutStore } from '../../state/layoutStore';
import { createExportInput } from '../exportInput';
import type { ExportEngine } from './exportController';

export function createExportEngine({ store, layouts, t }: { readonly store: DocumentStore; readonly layouts: LayoutStore; readonly t: TFunction }): ExportEngine {
  return async (options, onProgress, signal) => exportMap(options, await createExportInput(t, store.getMap(), layouts.get()), onProgress, signal);
}
