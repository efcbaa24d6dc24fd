import { useEffect, useState } from 'react';
import type { BoardController } from '../../board/boardController';
import type { Camera } from '../../board/camera';

/** Re-renders a DOM overlay when the board's camera moves, so it stays on what it edits. */
export function useCamera(controller: BoardController): Camera {
  const [camera, setCamera] = useState(controller.getCamera());
  useEffect(() => controller.onCamera(setCamera), [controller]);
  return camera;
}
