import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { BoardController } from '../../board/boardController';
import type { Camera } from '../../board/camera';
import type { BoardLayout } from '../../model/layout';

/** Re-renders a DOM overlay when the board's camera moves, so it stays on what it edits. */
export function useCamera(controller: BoardController): Camera {
  const [camera, setCamera] = useState(controller.getCamera());
  useEffect(() => controller.onCamera(setCamera), [controller]);
  return camera;
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
