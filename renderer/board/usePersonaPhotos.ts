/** Decoded persona photos for the canvas, keyed by persona id; decoding is async, so the headers repaint when one is ready. */
import { useEffect, useRef, useState } from 'react';
import type { JourneyMap } from '../model/types';

export function usePersonaPhotos(map: JourneyMap, onLoaded: () => void): ReadonlyMap<string, HTMLImageElement> {
  const cache = useRef(new Map<string, HTMLImageElement>());
  const [photos, setPhotos] = useState<ReadonlyMap<string, HTMLImageElement>>(new Map());
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;

  useEffect(() => {
    const next = new Map<string, HTMLImageElement>();
    const used = new Set<string>();
    for (const persona of Object.values(map.personas)) {
      if (!persona.photo) continue;
      used.add(persona.photo);
      let image = cache.current.get(persona.photo);
      if (!image) {
        image = new Image();
        image.onload = () => onLoadedRef.current();
        image.src = persona.photo;
        cache.current.set(persona.photo, image);
      }
      next.set(persona.id, image);
    }
    for (const key of cache.current.keys()) if (!used.has(key)) cache.current.delete(key);
    setPhotos(next);
  }, [map.personas]);

  return photos;
}
