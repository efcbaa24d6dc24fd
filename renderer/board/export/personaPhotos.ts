/** The personas' photos, decoded for drawing into an export (the board keeps its own, see usePersonaPhotos). */
import type { JourneyMap } from '../../model/types';

/** Every persona photo decoded, by persona id; a photo that does not decode is left out (the initial is drawn). */
export async function decodePersonaPhotos(map: JourneyMap): Promise<ReadonlyMap<string, HTMLImageElement>> {
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
        // Drawn as the persona's initial, as on the board.
      }
    }),
  );
  return photos;
}
