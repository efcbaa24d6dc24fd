/**
 * The minimap: the whole wall in miniature with the visible part outlined.
 * The wall is painted once per layout into an offscreen canvas; camera moves
 * only blit it and redraw the outline. Click or drag to move the view.
 * Hidden, it collapses to a small button in the same corner, so it never covers
 * more of the board than that; Fit frames the wall clear of either.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardLayout } from '../model/layout';
import { type UiStore, useUi } from '../state/uiStore';
import type { BoardController } from './boardController';
import { visibleWorld } from './camera';
import { MINIMAP_SIZE, NOTE_PAINT } from './theme';

const { width: WIDTH, height: HEIGHT } = MINIMAP_SIZE;

function paintOverview(layout: BoardLayout, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.scale(scale, scale);
  for (const band of layout.bands) {
    ctx.fillStyle = band.color;
    ctx.globalAlpha = band.dimmed ? 0.1 : 0.25;
    ctx.fillRect(0, band.y, layout.width, 44);
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
  const visible = useUi(ui, (s) => s.minimap);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!visible) return;
    let overview: { layout: BoardLayout; image: HTMLCanvasElement; scale: number } | null = null;
    const draw = () => {
      const layout = controller.getLayout();
      const ctx = canvas.current?.getContext('2d');
      if (!layout || !ctx) return;
      if (overview?.layout !== layout) {
        const scale = Math.min(WIDTH / Math.max(layout.width, 1), HEIGHT / Math.max(layout.height, 1));
        overview = { layout, image: paintOverview(layout, scale), scale };
      }
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      ctx.drawImage(overview.image, 0, 0);
      const view = visibleWorld(controller.getCamera(), controller.bodyRect());
      ctx.strokeStyle = '#2563eb';
      ctx.lineWidth = 2;
      ctx.strokeRect(view.x * overview.scale, view.y * overview.scale, view.width * overview.scale, view.height * overview.scale);
    };
    draw();
    const offCamera = controller.onCamera(draw);
    const offLayout = controller.onLayoutChange(draw);
    return () => {
      offCamera();
      offLayout();
    };
  }, [visible, controller]);

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
    const scale = Math.min(WIDTH / Math.max(layout.width, 1), HEIGHT / Math.max(layout.height, 1));
    const worldX = (e.clientX - r.left) / scale;
    const worldY = (e.clientY - r.top) / scale;
    const camera = controller.getCamera();
    const body = controller.bodyRect();
    controller.setCamera({ ...camera, x: body.x + body.width / 2 - worldX * camera.scale, y: body.y + body.height / 2 - worldY * camera.scale });
  };

  return (
    <div className="minimap-frame">
      <canvas
        ref={canvas}
        className="minimap"
        data-testid="minimap"
        aria-label={t('board.minimap')}
        width={WIDTH}
        height={HEIGHT}
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
