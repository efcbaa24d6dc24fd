/**
 * The Konva board. React mounts the stage and its four layers once; each layer
 * holds a single shape whose scene function paints from the latest layout. The
 * controller repaints layers imperatively for camera moves and gestures.
 */
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { type BlueprintLine, type BoardLayout, yForScore } from '../model/layout';
import type { JourneyMap } from '../model/types';
import type { LayoutStore } from '../state/layoutStore';
import type { PresentState, PresentStore } from '../state/presentStore';
import type { UiStore } from '../state/uiStore';
import { BoardController, type BoardIntents } from './boardController';
import { paintEmotions, paintFace, type EmotionLabels } from './paint/paintEmotions';
import { paintBlueprintLines } from './paint/paintBlueprint';
import { paintCellSummary } from './paint/paintCellSummary';
import { paintCorner } from './paint/paintCorner';
import { paintGrid } from './paint/paintGrid';
import { paintPersonaCards } from './paint/paintPersonaCards';
import { type HeaderLabels, paintLaneStrip, paintStageStrip } from './paint/paintHeaders';
import { paintInteraction } from './paint/paintInteraction';
import { paintNote, paintNotes } from './paint/paintNotes';
import { paintLaser, paintPresentWorld } from './paint/paintPresent';
import { paintTouchpoint, paintTouchpoints } from './paint/paintTouchpoints';
import type { PaintContext } from './paint/paintContext';
import { useBoardPointer } from './useBoardPointer';
import { usePersonaPhotos } from './usePersonaPhotos';
import { applyBoardTheme } from './theme';

export interface BoardLabels extends HeaderLabels, EmotionLabels {
  readonly blueprintLine: (line: BlueprintLine) => string;
}

export interface BoardProps {
  readonly map: JourneyMap;
  readonly ui: UiStore;
  readonly intents: BoardIntents;
  readonly labels: BoardLabels;
  /** The shared layout; the board paints whatever it holds now. */
  readonly layouts: LayoutStore;
  /** Present mode: the board paints its dimming, builds, laser and projector theme. */
  readonly present: PresentStore;
  readonly onController?: (controller: BoardController) => void;
}

/**
 * Konva hands each scene function its public `Konva.Context`, which is a
 * PaintContext as it is: the paint code never reaches the raw canvas.
 */
type SceneFunc = (context: Konva.Context) => void;

export function Board({ map, ui, intents, labels, layouts, present, onController }: BoardProps) {
  const container = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const intentsRef = useRef(intents);
  intentsRef.current = intents;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;

  const controller = useMemo(
    () =>
      new BoardController(ui, {
        moveNotes: (...a) => intentsRef.current.moveNotes(...a),
        moveTouchpoint: (...a) => intentsRef.current.moveTouchpoint(...a),
        moveStage: (...a) => intentsRef.current.moveStage(...a),
        resizeStage: (...a) => intentsRef.current.resizeStage(...a),
        addStage: () => intentsRef.current.addStage(),
        editNote: (...a) => intentsRef.current.editNote(...a),
        newNote: (...a) => intentsRef.current.newNote(...a),
        newTouchpoint: (...a) => intentsRef.current.newTouchpoint(...a),
        editStage: (...a) => intentsRef.current.editStage(...a),
        editLane: (...a) => intentsRef.current.editLane(...a),
        openPersona: (...a) => intentsRef.current.openPersona(...a),
        openTouchpoint: (...a) => intentsRef.current.openTouchpoint(...a),
        setEmotion: (...a) => intentsRef.current.setEmotion(...a),
        editEmotionLabel: (...a) => intentsRef.current.editEmotionLabel(...a),
        contextMenu: (...a) => intentsRef.current.contextMenu(...a),
      }),
    [ui],
  );

  const photos = usePersonaPhotos(map, () => controller.invalidate('headers', 'world'));
  const photosRef = useRef(photos);
  photosRef.current = photos;

  // The controller repaints from the layout store directly, without waiting for a React render.
  useLayoutEffect(() => {
    controller.setLayout(layouts.get());
    return layouts.subscribe(() => controller.setLayout(layouts.get()));
  }, [controller, layouts]);
  useEffect(() => {
    onController?.(controller);
  }, [controller, onController]);
  useEffect(() => ui.subscribe(() => controller.invalidate('interaction', 'headers')), [ui, controller]);
  useEffect(() => {
    let last = present.get();
    applyBoardTheme(last.active ? last.theme : 'light');
    return present.subscribe(() => {
      const next = present.get();
      // The laser moves on every pointer move: it repaints its own layer only.
      if (onlyLaserMoved(last, next)) controller.invalidate('interaction');
      else {
        applyBoardTheme(next.active ? next.theme : 'light');
        controller.invalidate('world', 'interaction', 'headers');
      }
      last = next;
    });
  }, [present, controller]);
  // New words (another language) repaint what shows them; the scene functions themselves stay the same.
  useEffect(() => controller.invalidate('world', 'headers'), [controller, labels]);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
      setSize(next);
      controller.setViewport(next.width, next.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [controller]);

  // Fit frames the map beside whatever panel lies over the board (they mark themselves with data-covers-board).
  useEffect(
    () =>
      controller.setCovers(() => {
        const board = container.current?.getBoundingClientRect();
        if (!board) return [];
        return [...document.querySelectorAll('[data-covers-board]')].map((element) => {
          const r = element.getBoundingClientRect();
          return { x: r.left - board.left, y: r.top - board.top, width: r.width, height: r.height };
        });
      }),
    [controller],
  );

  useBoardPointer(container, controller);

  const worldLayer = useRef<Konva.Layer>(null);
  const dragLayer = useRef<Konva.Layer>(null);
  const interactionLayer = useRef<Konva.Layer>(null);
  const headerLayer = useRef<Konva.Layer>(null);
  useLayoutEffect(() => {
    if (worldLayer.current && dragLayer.current && interactionLayer.current && headerLayer.current) {
      controller.attach({
        world: worldLayer.current,
        drag: dragLayer.current,
        interaction: interactionLayer.current,
        headers: headerLayer.current,
      });
    }
  }, [controller]);

  const paintWorld: SceneFunc = (context) => {
    const current = controller.getLayout();
    if (!current) return;
    const ctx: PaintContext = context;
    const visible = controller.visibleWorld();
    const scale = controller.getCamera().scale;
    paintGrid(ctx, current, visible, scale);
    paintPersonaCards(ctx, current, visible, photosRef.current);
    paintEmotions(ctx, current, visible, scale, labelsRef.current);
    paintTouchpoints(ctx, current.touchpoints, visible, scale, controller.dragOffset()?.touchpointId ?? null);
    paintNotes(ctx, current, visible, scale, controller.getHiddenNotes());
    paintCellSummary(ctx, current, visible, scale);
    paintBlueprintLines(ctx, current, visible, labelsRef.current.blueprintLine);
    const shown = present.get();
    if (shown.active) {
      const stageId = shown.path[shown.step]?.stageId ?? null;
      paintPresentWorld(ctx, current, { stageId, revealedLanes: shown.builds ? shown.revealedLanes : null });
    }
  };

  const paintDrag: SceneFunc = (context) => {
    const current = controller.getLayout();
    const drag = controller.dragOffset();
    if (!current || !drag) return;
    const ctx: PaintContext = context;
    const scale = controller.getCamera().scale;
    ctx.globalAlpha = 0.92;
    for (const id of drag.noteIds) {
      const box = current.noteIndex[id];
      if (box) paintNote(ctx, { ...box, x: box.x + drag.dx, y: box.y + drag.dy }, scale);
    }
    const tp = drag.touchpointId ? current.touchpoints.find((b) => b.id === drag.touchpointId) : undefined;
    if (tp) paintTouchpoint(ctx, { ...tp, x: tp.x + drag.dx, y: tp.y + drag.dy }, scale);
    ctx.globalAlpha = 1;
  };

  const paintInteractionLayer: SceneFunc = (context) => {
    const current = controller.getLayout();
    if (!current) return;
    const ctx: PaintContext = context;
    const state = ui.get();
    const preview = controller.dropPreview();
    paintInteraction(ctx, current, controller.visibleWorld(), controller.getCamera().scale, {
      selectedNoteIds: state.selectedNoteIds,
      selectedTouchpointIds: state.selectedTouchpointIds,
      selectedCell: preview ? null : controller.selectedCellBox(),
      dropPreview: preview?.slot ?? null,
      dropCell: preview?.cell ?? null,
      marquee: controller.marqueeRect(),
      resizeGuideX: controller.resizeGuideX(),
    });
    paintEmotionSelection(ctx, current, state.selectedEmotion, controller.emotionDrag());
    const laser = present.get().laser;
    if (laser) paintLaser(ctx, laser, controller.getCamera().scale);
  };

  const paintHeaderLayer: SceneFunc = (context) => {
    const current = controller.getLayout();
    if (!current) return;
    const ctx: PaintContext = context;
    const camera = controller.getCamera();
    const headerState = { selectedStageId: ui.get().selectedStageId, stageDrag: controller.stageDrag(), photos: photosRef.current, presenting: present.get().active };
    paintLaneStrip(ctx, current, camera, size.height, labelsRef.current, headerState);
    paintStageStrip(ctx, current, camera, size.width, labelsRef.current, headerState);
    paintCorner(ctx, labelsRef.current);
  };

  // Stable scene functions: react-konva redraws a layer whenever a shape's props change, so fresh closures on
  // every render (every edit) would paint each layer a second time, on top of the controller's repaint.
  const scenes = useRef({ paintWorld, paintDrag, paintInteractionLayer, paintHeaderLayer });
  scenes.current = { paintWorld, paintDrag, paintInteractionLayer, paintHeaderLayer };
  const stable = useMemo(
    () => ({
      world: (c: Konva.Context) => scenes.current.paintWorld(c),
      drag: (c: Konva.Context) => scenes.current.paintDrag(c),
      interaction: (c: Konva.Context) => scenes.current.paintInteractionLayer(c),
      headers: (c: Konva.Context) => scenes.current.paintHeaderLayer(c),
    }),
    [],
  );

  return (
    <div ref={container} className="board" data-testid="board" tabIndex={-1}>
      <Stage width={size.width} height={size.height}>
        <Layer ref={worldLayer} listening={false}>
          <Shape sceneFunc={stable.world} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={dragLayer} listening={false}>
          <Shape sceneFunc={stable.drag} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={interactionLayer} listening={false}>
          <Shape sceneFunc={stable.interaction} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={headerLayer} listening={false}>
          <Shape sceneFunc={stable.headers} listening={false} perfectDrawEnabled={false} />
        </Layer>
      </Stage>
    </div>
  );
}

function paintEmotionSelection(
  ctx: PaintContext,
  layout: BoardLayout,
  selected: { personaId: string; stageId: string; curve: string } | null,
  drag: ReturnType<BoardController['emotionDrag']>,
): void {
  if (drag) {
    const lane = layout.emotionLanes.find((l) => l.laneId === drag.hit.laneId);
    const curve = lane?.curves.find((c) => c.personaId === drag.hit.personaId);
    if (lane) paintFace(ctx, drag.hit.x, yForScore(lane, drag.score), drag.score, curve?.color ?? '#2563eb', true);
  }
  if (!selected) return;
  for (const lane of layout.emotionLanes) {
    for (const curve of lane.curves) {
      if (curve.personaId !== selected.personaId || curve.curve !== selected.curve) continue;
      const point = curve.points.find((p) => p.stageId === selected.stageId);
      if (!point) continue;
      ctx.beginPath();
      ctx.arc(point.x, point.y, 21, 0, Math.PI * 2);
      ctx.strokeStyle = '#2563eb';
      ctx.lineWidth = 3;
      ctx.stroke();
    }
  }
}

function onlyLaserMoved(a: PresentState, b: PresentState): boolean {
  for (const key in a) if (key !== 'laser' && a[key as keyof PresentState] !== b[key as keyof PresentState]) return false;
  return true;
}
