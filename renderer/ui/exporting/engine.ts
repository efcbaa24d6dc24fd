/**
 * The app's export engine: renderer/board/export's exportMap, given the map
 * when the export starts (createExportInput: a layout, the board's labels,
 * decoded photos and the cover's words).
 *
 * A persona focus dims the other personas on the board; an export is the
 * deliverable for the client, so it shows every persona, except "the current
 * view" of a PNG, which is what the board shows now, focus included (its
 * rectangle is in that layout's coordinates).
 */
import type { TFunction } from 'i18next';
import { exportMap } from '../../board/export/exportMap';
import type { DocumentStore } from '../../state/documentStore';
import type { LayoutStore } from '../../state/layoutStore';
import { createExportInput } from '../exportInput';
import type { ExportEngine } from './exportController';

export function createExportEngine({ store, layouts, t }: { readonly store: DocumentStore; readonly layouts: LayoutStore; readonly t: TFunction }): ExportEngine {
  return async (options, onProgress, signal) => {
    const asShown = options.format === 'png' && options.region.kind === 'view';
    const layout = asShown ? layouts.get() : layouts.unfocused();
    return exportMap(options, await createExportInput(t, store.getMap(), layout), onProgress, signal);
  };
}
