/**
 * Small in-page queries on the running board (`window.__journeyboard`), for
 * `page.evaluate`. SELF-CONTAINED like probe.ts: each function is sent to the
 * page as source text, so it may only use types from outside its own body.
 */
import type { Camera } from '../../../renderer/board/camera';
import type { Rect } from '../../../renderer/model/layout';

export interface BoardInfo {
  /** The board element's top-left in page coordinates. */
  readonly originX: number;
  readonly originY: number;
  readonly body: Rect;
  readonly camera: Camera;
  readonly notes: number;
  /** Notes that intersect the visible part of the world. */
  readonly visibleNotes: number;
  /** Notes wholly inside the board's body and clear of the minimap (or the button it collapses to). */
  readonly notesInside: number;
  readonly layoutWidth: number;
  readonly layoutHeight: number;
}

export function boardInfo(): BoardInfo {
  const board = window.__journeyboard!.board!;
  const element = document.querySelector('[data-testid="board"]');
  const origin = element?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const layout = board.getLayout();
  const camera = board.getCamera();
  const body = board.bodyRect();
  const view = { x: (body.x - camera.x) / camera.scale, y: (body.y - camera.y) / camera.scale, width: body.width / camera.scale, height: body.height / camera.scale };
  const notes = layout?.notes ?? [];
  const visibleNotes = notes.filter((b) => b.x < view.x + view.width && view.x < b.x + b.width && b.y < view.y + view.height && view.y < b.y + b.height).length;
  const corner = document.querySelector('.minimap-frame, .minimap-toggle')?.getBoundingClientRect();
  const notesInside = notes.filter((b) => {
    const left = origin.left + b.x * camera.scale + camera.x;
    const top = origin.top + b.y * camera.scale + camera.y;
    const right = left + b.width * camera.scale;
    const bottom = top + b.height * camera.scale;
    const inBody = left >= origin.left + body.x && top >= origin.top + body.y && right <= origin.left + body.x + body.width && bottom <= origin.top + body.y + body.height;
    const covered = !!corner && right > corner.left && left < corner.right && bottom > corner.top && top < corner.bottom;
    return inBody && !covered;
  }).length;
  return { originX: origin.left, originY: origin.top, body, camera, notes: notes.length, visibleNotes, notesInside, layoutWidth: layout?.width ?? 0, layoutHeight: layout?.height ?? 0 };
}

/** 'home': where the board starts, 100 % with the world's top-left just inside the body. */
export type CameraTarget = Camera | 'fit' | 'home' | { readonly homeScale: number };

export function setCamera(target: CameraTarget): void {
  const board = window.__journeyboard!.board!;
  const body = board.bodyRect();
  if (target === 'fit') board.fit();
  else if (target === 'home') board.setCamera({ x: body.x + 16, y: body.y + 12, scale: 1 });
  else if ('homeScale' in target) board.setCamera({ x: body.x + 16, y: body.y + 12, scale: target.homeScale });
  else board.setCamera(target);
}

/**
 * A note fully on screen in the upper-left part of the body, so that a drag of
 * (dx, dy) screen pixels from its centre stays on the board and off the minimap.
 * Returns its centre in page coordinates.
 */
export function pickNote(arg: { readonly dx: number; readonly dy: number }): { readonly id: string; readonly x: number; readonly y: number } | null {
  const board = window.__journeyboard!.board!;
  const element = document.querySelector('[data-testid="board"]');
  const layout = board.getLayout();
  if (!element || !layout) return null;
  const origin = element.getBoundingClientRect();
  const camera = board.getCamera();
  const body = board.bodyRect();
  const minimapLeft = body.x + body.width - 270;
  const minimapTop = body.y + body.height - 180;
  for (const box of layout.notes) {
    const left = box.x * camera.scale + camera.x;
    const top = box.y * camera.scale + camera.y;
    const cx = left + (box.width * camera.scale) / 2;
    const cy = top + (box.height * camera.scale) / 2;
    const inBody = left >= body.x + 4 && top >= body.y + 4 && left + box.width * camera.scale <= body.x + body.width && top + box.height * camera.scale <= body.y + body.height;
    const endX = cx + arg.dx;
    const endY = cy + arg.dy;
    const endOk = endX > body.x + 10 && endX < minimapLeft && endY > body.y + 10 && endY < minimapTop;
    if (inBody && endOk) return { id: box.id, x: origin.left + cx, y: origin.top + cy };
  }
  return null;
}
