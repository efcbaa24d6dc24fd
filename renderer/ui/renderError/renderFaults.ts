/**
 * A way for the e2e tests to make a part of the window throw while rendering,
 * through `window.__journeyboard.failRender`, so the render-error screens are
 * tested against a real React render error. Nothing in the app arms it.
 */
import { useSyncExternalStore } from 'react';

export type FaultPlace = 'app' | 'panel';

const armed = new Set<FaultPlace>();
const listeners = new Set<() => void>();
let version = 0;

/** The next render of `place` throws. */
export function failRender(place: FaultPlace): void {
  armed.add(place);
  version++;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Renders nothing; throws when its place was armed. It stays armed until the
 * current task ends: React retries a failed concurrent render synchronously,
 * and an error that vanished on the retry would not reach the boundary.
 */
export function FaultPoint({ place }: { readonly place: FaultPlace }): null {
  useSyncExternalStore(subscribe, () => version);
  if (!armed.has(place)) return null;
  setTimeout(() => armed.delete(place), 0);
  throw new Error(`A render error in the ${place}, raised on purpose by a test`);
}
