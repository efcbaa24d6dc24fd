/**
 * The minimap: the whole wall in miniature with the visible part outlined.
 * The wall is painted once per layout into an offscreen canvas; camera moves
 * only blit it and redraw the outline. Click or drag to move the view.
 * Hidden, it collapses to a small button in the same corner, so it never covers
 * more of the board than that; Fit frames the wall clear of either.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { BAND_HEADER_HEIGHT, type BoardLayout, minimapOffset } from '../model/layout';
import type { UiStore } from '../state/uiStore';
import type { BoardController } from './boardController';
import { visibleWorld } from './camera';
import { NOTE_PAINT } from './theme';

/** The whole wall in miniature; taller than the frame when the minimap scrolls (a tall wall, see `minimapFor`). */
function paintOverview(layout: BoardLayout): HTMLCanvasElement {
  const { scale, width, contentHeight } = layout.minimap;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.max(1, Math.ceil(contentHeight));
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  for (const band of layout.bands) {
    ctx.fillStyle = band.color;
    ctx.globalAlpha = band.dimmed ? 0.1 : 0.25;
    ctx.fillRect(0, band.y, layout.width, BAND_HEADER_HEIGHT);
  }
  ctx.globalAlpha = 1;
  for (const note of layout.notes) {
    ctx.fillStyle = NOTE_PAINT[note.color].edge;
    ctx.fillRect(note.x, note.y, note.width, note.height);
  }
  for (const tp of layout.touchpoints) {
    ctx.fillStyle = '#0f766e';
    ctx.fillRect(tp.x, tp.y, tp.width, tp.height);
  }
  return canvas;
}

export function Minimap({ ui, controller }: { readonly ui: UiStore; readonly controller: BoardController }) {
  const { t } = useTranslation();
  const visible = useSyncExternalStore(ui.subscribe, () => ui.get().minimap);
  const canvas = useRef<HTMLCanvasElement>(null);
  // The frame's size follows the wall's shape (a tall wall gets a taller minimap).
  const frame = useSyncExternalStore(
    (listener) => controller.onLayoutChange(listener),
    () => controller.getLayout()?.minimap ?? null,
  );
  const width = frame?.width ?? 1;
  const height = frame?.height ?? 1;

  useEffect(() => {
    if (!visible) return;
    let overview: { layout: BoardLayout; image: HTMLCanvasElement } | null = null;
    const draw = () => {
      const layout = controller.getLayout();
      const ctx = canvas.current?.getContext('2d');
      if (!layout || !ctx) return;
      if (overview?.layout !== layout) overview = { layout, image: paintOverview(layout) };
      const { scale } = layout.minimap;
      const view = visibleWorld(controller.getCamera(), controller.bodyRect());
      const offset = minimapOffset(layout.minimap, view.y + view.height / 2);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.drawImage(overview.image, 0, -offset);
      ctx.strokeStyle = '#2563eb';
      ctx.lineWidth = 2;
      ctx.strokeRect(view.x * scale, view.y * scale - offset, view.width * scale, view.height * scale);
    };
    draw();
    // A new layout repaints the whole wall in miniature (10,000 rectangles): in the next frame, not inside the drop that made it.
    let pending = 0;
    const drawSoon = () => {
      if (pending === 0) pending = requestAnimationFrame(() => {
        pending = 0;
        draw();
      });
    };
    const offCamera = controller.onCamera(draw);
    const offLayout = controller.onLayoutChange(drawSoon);
    return () => {
      offCamera();
      offLayout();
      cancelAnimationFrame(pending);
    };
  }, [visible, controller, width, height]);

  if (!visible) {
    return (
      <button type="button" className="minimap-toggle" data-testid="minimap-show" onClick={() => ui.set({ minimap: true })}>
        {t('board.showMinimap')}
      </button>
    );
  }

  const moveTo = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const layout = controller.getLayout();
    if (!layout) return;
    const r = e.currentTarget.getBoundingClientRect();
    const { scale } = layout.minimap;
    const camera = controller.getCamera();
    const body = controller.bodyRect();
    const view = visibleWorld(camera, body);
    const offset = minimapOffset(layout.minimap, view.y + view.height / 2);
    const worldX = (e.clientX - r.left) / scale;
    const worldY = (e.clientY - r.top + offset) / scale;
    controller.setCamera({ ...camera, x: body.x + body.width / 2 - worldX * camera.scale, y: body.y + body.height / 2 - worldY * camera.scale });
  };

  return (
    <div className="minimap-frame">
      <canvas
        ref={canvas}
        className="minimap"
        data-testid="minimap"
        aria-label={t('board.minimap')}
        width={width}
        height={height}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) moveTo(e);
        }}
      />
      <button
        type="button"
        className="minimap-close"
        data-testid="minimap-hide"
        aria-label={t('board.hideMinimap')}
        title={t('board.hideMinimap')}
        onClick={() => ui.set({ minimap: false })}
      >
        ×
      </button>
    </div>
  );
}
