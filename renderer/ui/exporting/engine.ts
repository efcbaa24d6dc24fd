/**
 * The app's export engine: renderer/board/export's exportMap, given what the
 * board shows when the export starts: the map's current layout, the labels the
 * board paints with, the decoded persona photos and the cover's words.
 */
import type { TFunction } from 'i18next';
import { exportMap } from '../../board/export/exportMap';
import type { JourneyMap } from '../../model/types';
import type { DocumentStore } from '../../state/documentStore';
import type { LayoutStore } from '../../state/layoutStore';
import { createBoardLabels } from '../boardLabels';
import { createCoverText } from '../exportLabels';
import type { ExportEngine } from './exportController';

export function createExportEngine({ store, layouts, t }: { readonly store: DocumentStore; readonly layouts: LayoutStore; readonly t: TFunction }): ExportEngine {
  return async (options, onProgress, signal) => {
    const map = store.getMap();
    const layout = layouts.get();
    const photos = await decodePhotos(map);
    return exportMap(options, { layout, labels: createBoardLabels(t, map), photos, cover: createCoverText(t, map) }, onProgress, signal);
  };
}

/** The persona photos (data URLs) as images the paint code can draw; a photo that does not decode is left out. */
async function decodePhotos(map: JourneyMap): Promise<ReadonlyMap<string, HTMLImageElement>> {
  const photos = new Map<string, HTMLImageElement>();
  await Promise.all(
    Object.values(map.personas).map(async (persona) => {
      if (!persona.photo) return;
      const image = new Image();
      image.src = persona.photo;
      try {
        await image.decode();
        photos.set(persona.id, image);
      } catch {
        // The board shows no photo for it either.
      }
    }),
  );
  return photos;
}
