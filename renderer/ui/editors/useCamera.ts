import { useCallback, useSyncExternalStore } from 'react';
import type { BoardController } from '../../board/boardController';
import type { Camera } from '../../board/camera';
import type { BoardLayout } from '../../model/layout';

/**
 * Re-renders a DOM overlay when the board's camera moves, so it stays on what it edits.
 * An external store, not state set from an effect: an editor's own layout effect moves
 * the camera (to reveal, or zoom in on, what it edits) before any effect could subscribe.
 */
export function useCamera(controller: BoardController): Camera {
  const subscribe = useCallback((listener: () => void) => controller.onCamera(listener), [controller]);
  return useSyncExternalStore(subscribe, () => controller.getCamera());
}

/**
 * The board's current layout, re-rendering when it changes. An overlay opened in the
 * same step that adds what it edits (a new stage or lane) renders before the board has
 * laid that out, and must show up once it has.
 */
export function useBoardLayout(controller: BoardController): BoardLayout | null {
  const subscribe = useCallback((listener: () => void) => controller.onLayoutChange(listener), [controller]);
  return useSyncExternalStore(subscribe, () => controller.getLayout());
}
