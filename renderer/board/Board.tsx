/**
 * The Konva board. React mounts the stage and its four layers once; each layer
 * holds a single shape whose scene function paints from the latest layout. The
 * controller repaints layers imperatively for camera moves and gestures.
 */
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { type BlueprintLine, type BoardLayout, type Focus, computeLayout } from '../model/layout';
import type { JourneyMap } from '../model/types';
import type { UiStore } from '../state/uiStore';
import { BoardController, type BoardIntents } from './boardController';
import { paintEmotions, paintFace, type EmotionLabels } from './paint/paintEmotions';
import { paintBlueprintLines } from './paint/paintBlueprint';
import { paintGrid } from './paint/paintGrid';
import { type PersonaCardLabels, paintPersonaCards } from './paint/paintPersonaCards';
import { type HeaderLabels, paintLaneStrip, paintStageStrip } from './paint/paintHeaders';
import { paintInteraction } from './paint/paintInteraction';
import { paintNote, paintNotes } from './paint/paintNotes';
import { paintTouchpoint, paintTouchpoints, type TouchpointLabels } from './paint/paintTouchpoints';
import { isBoardTarget } from './textTargets';
import { usePersonaPhotos } from './usePersonaPhotos';
import type { NoteFitter } from './textMeasure';

export interface BoardLabels extends HeaderLabels, EmotionLabels, TouchpointLabels, PersonaCardLabels {
  readonly blueprintLine: (line: BlueprintLine) => string;
}

export interface BoardProps {
  readonly map: JourneyMap;
  readonly ui: UiStore;
  readonly intents: BoardIntents;
  readonly labels: BoardLabels;
  readonly fitNote: NoteFitter;
  readonly onController?: (controller: BoardController) => void;
  /** Called after each layout, with how long it took; the bench reads it. */
  readonly onLayout?: (layout: BoardLayout, ms: number) => void;
}

type SceneFunc = (context: Konva.Context) => void;

export function Board({ map, ui, intents, labels, fitNote, onController, onLayout }: BoardProps) {
  const container = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const intentsRef = useRef(intents);
  intentsRef.current = intents;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const mapRef = useRef(map);
  mapRef.current = map;

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

  const focus = useSyncExternalStore(ui.subscribe, () => ui.get().focus);
  const layout = useMemo(() => {
    const started = performance.now();
    const result = computeLayout(map, { fitNote, focus: focus as Focus | null });
    onLayout?.(result, performance.now() - started);
    return result;
  }, [map, focus, fitNote, onLayout]);

  const photos = usePersonaPhotos(map, () => controller.invalidate('headers', 'world'));
  const photosRef = useRef(photos);
  photosRef.current = photos;

  useLayoutEffect(() => controller.setLayout(layout), [controller, layout]);
  useEffect(() => {
    onController?.(controller);
  }, [controller, onController]);
  useEffect(() => ui.subscribe(() => controller.invalidate('interaction', 'headers')), [ui, controller]);

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
    const ctx = context._context;
    const visible = controller.visibleWorld();
    const scale = controller.getCamera().scale;
    paintGrid(ctx, current, visible, scale);
    paintPersonaCards(ctx, current, visible, mapRef.current.personas, photosRef.current, labelsRef.current);
    paintEmotions(ctx, current, visible, scale, labelsRef.current);
    paintTouchpoints(ctx, current.touchpoints, visible, scale, controller.dragOffset()?.touchpointId ?? null, labelsRef.current);
    paintNotes(ctx, current.notes, visible, scale, controller.getHiddenNotes());
    paintBlueprintLines(ctx, current, visible, labelsRef.current.blueprintLine);
  };

  const paintDrag: SceneFunc = (context) => {
    const current = controller.getLayout();
    const drag = controller.dragOffset();
    if (!current || !drag) return;
    const ctx = context._context;
    const scale = controller.getCamera().scale;
    ctx.globalAlpha = 0.92;
    for (const id of drag.noteIds) {
      const box = current.noteIndex.get(id);
      if (box) paintNote(ctx, { ...box, x: box.x + drag.dx, y: box.y + drag.dy }, scale);
    }
    const tp = drag.touchpointId ? current.touchpoints.find((b) => b.id === drag.touchpointId) : undefined;
    if (tp) paintTouchpoint(ctx, { ...tp, x: tp.x + drag.dx, y: tp.y + drag.dy }, labelsRef.current, scale);
    ctx.globalAlpha = 1;
  };

  const paintInteractionLayer: SceneFunc = (context) => {
    const current = controller.getLayout();
    if (!current) return;
    const ctx = context._context;
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
  };

  const paintHeaderLayer: SceneFunc = (context) => {
    const current = controller.getLayout();
    if (!current) return;
    const ctx = context._context;
    const camera = controller.getCamera();
    const headerState = { selectedStageId: ui.get().selectedStageId, stageDrag: controller.stageDrag(), photos: photosRef.current };
    paintLaneStrip(ctx, current, camera, size.height, labelsRef.current, headerState);
    paintStageStrip(ctx, current, camera, size.width, labelsRef.current, headerState);
  };

  return (
    <div ref={container} className="board" data-testid="board" tabIndex={-1}>
      <Stage width={size.width} height={size.height}>
        <Layer ref={worldLayer} listening={false}>
          <Shape sceneFunc={paintWorld} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={dragLayer} listening={false}>
          <Shape sceneFunc={paintDrag} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={interactionLayer} listening={false}>
          <Shape sceneFunc={paintInteractionLayer} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={headerLayer} listening={false}>
          <Shape sceneFunc={paintHeaderLayer} listening={false} perfectDrawEnabled={false} />
        </Layer>
      </Stage>
    </div>
  );
}

function paintEmotionSelection(
  ctx: CanvasRenderingContext2D,
  layout: BoardLayout,
  selected: { personaId: string; stageId: string; curve: string } | null,
  drag: ReturnType<BoardController['emotionDrag']>,
): void {
  if (drag) {
    const lane = layout.emotionLanes.find((l) => l.laneId === drag.hit.laneId);
    const curve = lane?.curves.find((c) => c.personaId === drag.hit.personaId);
    if (lane) paintFace(ctx, drag.hit.x, lane.yForScore(drag.score), drag.score, curve?.color ?? '#2563eb', true);
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

function useBoardPointer(container: React.RefObject<HTMLDivElement | null>, controller: BoardController): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const local = (e: MouseEvent) => {
      const r = element.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const setCursor = (cursor: string) => {
      if (element.style.cursor !== cursor) element.style.cursor = cursor;
    };
    const down = (e: PointerEvent) => {
      if (e.button === 0 || e.button === 1) element.setPointerCapture(e.pointerId);
      if (e.button === 1) e.preventDefault();
      element.focus({ preventScroll: true });
      const p = local(e);
      setCursor(controller.pointerDown(p.x, p.y, e.button, e.shiftKey || e.metaKey || e.ctrlKey));
    };
    const move = (e: PointerEvent) => {
      const p = local(e);
      setCursor(controller.pointerMove(p.x, p.y));
    };
    const up = (e: PointerEvent) => {
      if (element.hasPointerCapture(e.pointerId)) element.releasePointerCapture(e.pointerId);
      controller.pointerUp();
      const p = local(e);
      setCursor(controller.pointerMove(p.x, p.y));
    };
    const click = (e: MouseEvent) => {
      const p = local(e);
      if (e.detail === 1) controller.click(p.x, p.y);
    };
    const dblclick = (e: MouseEvent) => {
      const p = local(e);
      controller.doubleClick(p.x, p.y);
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = local(e);
      controller.wheel(p.x, p.y, e.deltaX, e.deltaY, e.ctrlKey || e.metaKey, e.shiftKey);
    };
    const context = (e: MouseEvent) => {
      e.preventDefault();
      const p = local(e);
      controller.contextMenu(p.x, p.y);
    };
    const key = (held: boolean) => (e: KeyboardEvent) => {
      // Space on a button or in a field is that control's own; only a release is always taken.
      if (e.code !== 'Space' || (held && !isBoardTarget(e.target))) return;
      controller.setSpaceHeld(held);
      if (held) e.preventDefault();
    };
    const keyDown = key(true);
    const keyUp = key(false);
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    element.addEventListener('click', click);
    element.addEventListener('dblclick', dblclick);
    element.addEventListener('wheel', wheel, { passive: false });
    element.addEventListener('contextmenu', context);
    window.addEventListener('keydown', keyDown);
    window.addEventListener('keyup', keyUp);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('click', click);
      element.removeEventListener('dblclick', dblclick);
      element.removeEventListener('wheel', wheel);
      element.removeEventListener('contextmenu', context);
      window.removeEventListener('keydown', keyDown);
      window.removeEventListener('keyup', keyUp);
    };
  }, [container, controller]);
}
