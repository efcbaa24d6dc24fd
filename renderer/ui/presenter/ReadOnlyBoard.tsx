/**
 * The board as the room sees it: the same Board component and paint code,
 * with no intents (nothing the pointer does changes the map), no selection of
 * its own that anyone sets, and a camera that frames the rectangle it is given.
 * The audience window and the presenter view's thumbnail both use it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Board, type BoardLabels } from '../../board/Board';
import type { BoardController, BoardIntents } from '../../board/boardController';
import { frame as frameCamera } from '../../board/camera';
import type { Rect } from '../../model/layout';
import { PRESENT_MARGIN } from '../../model/present';
import type { JourneyMap } from '../../model/types';
import type { LayoutStore } from '../../state/layoutStore';
import type { PresentStore } from '../../state/presentStore';
import { UiStore } from '../../state/uiStore';

const NOTHING = () => undefined;
const NO_INTENTS: BoardIntents = {
  moveNotes: NOTHING,
  moveTouchpoint: NOTHING,
  moveStage: NOTHING,
  resizeStage: NOTHING,
  addStage: NOTHING,
  editNote: NOTHING,
  newNote: NOTHING,
  newTouchpoint: NOTHING,
  editStage: NOTHING,
  editLane: NOTHING,
  openPersona: NOTHING,
  openTouchpoint: NOTHING,
  setEmotion: NOTHING,
  editEmotionLabel: NOTHING,
  contextMenu: NOTHING,
};

/** Room left around the framed rectangle, in screen pixels, as present mode leaves it; less in a small thumbnail. */
const marginFor = (width: number) => (width < 600 ? 6 : PRESENT_MARGIN);

export interface ReadOnlyBoardProps {
  readonly map: JourneyMap;
  readonly layouts: LayoutStore;
  readonly labels: BoardLabels;
  /** The present state the room's view paints with (dimming, builds, laser, projector theme). */
  readonly present: PresentStore;
  /** The world rectangle to show; null shows the whole wall. */
  readonly frame: Rect | null;
  /** Screen pixels at the right edge covered by something else (a vote's ranked list), kept clear of the frame. */
  readonly coveredRight?: number;
  readonly className?: string;
  readonly testId?: string;
  readonly onController?: (controller: BoardController) => void;
}

export function ReadOnlyBoard({ map, layouts, labels, present, frame, coveredRight = 0, className, testId, onController }: ReadOnlyBoardProps) {
  const ui = useMemo(() => new UiStore(), []);
  const [controller, setController] = useState<BoardController | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Framed after the board has taken its new size (its own observer runs in the same pass), hence the frame delay.
  useEffect(() => {
    if (!controller || !size) return;
    const id = requestAnimationFrame(() => {
      const layout = layouts.get();
      const target = frame ?? { x: 0, y: 0, width: Math.max(layout.width, 1), height: Math.max(layout.height, 1) };
      const body = controller.bodyRect();
      const clear = { ...body, width: Math.max(body.width / 2, body.width - coveredRight) };
      controller.setCamera(frameCamera(target, clear, marginFor(size.width)));
    });
    return () => cancelAnimationFrame(id);
  }, [controller, size, frame, coveredRight, layouts, map]);

  return (
    // inert: no focus, no pointer; the room's view is never edited through this board.
    <div ref={host} className={`read-only-board ${className ?? ''}`} data-testid={testId} inert>
      <Board
        map={map}
        ui={ui}
        intents={NO_INTENTS}
        labels={labels}
        layouts={layouts}
        present={present}
        onController={(c) => {
          setController(c);
          onController?.(c);
        }}
      />
    </div>
  );
}
