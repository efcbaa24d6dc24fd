/**
 * The path a presentation walks: an overview of the whole wall, each stage in
 * order, then a closing overview. Each step says which world rectangles to
 * frame, computed from the shared layout alone so that the main window, the
 * audience window and the presenter view walk the same path.
 *
 * Readability is the rule: when a stage is framed, no note text on it may be
 * drawn smaller than `MIN_PRESENT_TEXT` screen pixels. A stage too tall for
 * that at one zoom is cut into sub-frames (row boundaries where possible) that
 * ↓ and ↑ scroll through; one too wide is also cut across, read left to right.
 */
import type { BoardLayout, ColumnBox, Rect } from '../layout';

/** Smallest note text on a framed stage, in screen pixels, readable from the back of a room. */
export const MIN_PRESENT_TEXT = 18;
/** Room left around a framed rectangle, in screen pixels. */
export const PRESENT_MARGIN = 24;

export type PresentStep =
  | { readonly kind: 'overview' | 'closing'; readonly stageId: null; readonly frames: readonly [Rect] }
  | {
      readonly kind: 'stage';
      readonly stageId: string;
      readonly stageIndex: number;
      readonly frames: readonly Rect[];
      /** Lanes a build reveals one at a time, top to bottom (every row of the wall). */
      readonly lanes: number;
    };

/** The screen area the world shows through (between the sticky strips), in screen pixels. */
export interface PresentViewport {
  readonly width: number;
  readonly height: number;
}

export function wallRect(layout: BoardLayout): Rect {
  return { x: 0, y: 0, width: Math.max(layout.width, 1), height: Math.max(layout.height, 1) };
}

/** The zoom at which a rectangle fills the viewport, margins kept (what `camera.frame` picks). */
export function fitScale(rect: Rect, viewport: PresentViewport, margin = PRESENT_MARGIN): number {
  return Math.min((viewport.width - 2 * margin) / Math.max(rect.width, 1), (viewport.height - 2 * margin) / Math.max(rect.height, 1));
}

/** The smallest note font size on a stage, in world units; null when it holds no note. */
export function smallestNoteFont(layout: BoardLayout, stageId: string): number | null {
  let smallest: number | null = null;
  for (const note of layout.notes) if (note.stageId === stageId && (smallest === null || note.fontSize < smallest)) smallest = note.fontSize;
  return smallest;
}

/** Cuts [start, end) into spans no longer than `span`, at the given boundaries where they allow it. */
export function cutSpans(start: number, end: number, span: number, boundaries: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  const inside = boundaries.filter((b) => b > start && b < end).sort((a, b) => a - b);
  let from = start;
  while (end - from > span + 1e-6) {
    // The furthest boundary that keeps this span within reach; without one, a plain cut.
    const limit = from + span;
    const best = inside.filter((b) => b > from + 1e-6 && b <= limit + 1e-6).at(-1);
    const to = best ?? limit;
    spans.push([from, to]);
    from = to;
  }
  spans.push([from, end]);
  return spans;
}

function stageFrames(layout: BoardLayout, column: ColumnBox, viewport: PresentViewport): Rect[] {
  const rect: Rect = { x: column.x, y: 0, width: column.width, height: Math.max(layout.height, 1) };
  const font = smallestNoteFont(layout, column.stageId);
  const scale = fitScale(rect, viewport);
  if (font === null || font * scale >= MIN_PRESENT_TEXT) return [rect];
  // Too small at one zoom: frame at the zoom that makes the smallest text just readable.
  const readable = MIN_PRESENT_TEXT / font;
  const across = (viewport.width - 2 * PRESENT_MARGIN) / readable;
  const down = (viewport.height - 2 * PRESENT_MARGIN) / readable;
  const rowTops = layout.rows.flatMap((row) => [row.y, row.y + row.height]).concat(layout.bands.map((band) => band.y));
  const ys = cutSpans(0, rect.height, down, rowTops);
  const xs = cutSpans(column.x, column.x + column.width, across, []);
  const frames: Rect[] = [];
  for (const [y0, y1] of ys) for (const [x0, x1] of xs) frames.push(padTo({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, across, down, rect.height));
  return frames;
}

/**
 * A sub-frame smaller than the viewport's reach would be zoomed in further by
 * a plain fit; it is grown to the readable reach, so every sub-frame of a
 * stage shows at the same zoom and scrolling does not jump. It grows down from
 * its top (the next rows peek in), except past the wall's `bottom`, where it
 * grows up instead (the rows above peek in, not empty space below the map),
 * and to both sides (the stage stays centred, its neighbours dimmed on either side).
 */
function padTo(rect: Rect, width: number, height: number, bottom: number): Rect {
  const grownWidth = Math.max(rect.width, width);
  const grownHeight = Math.max(rect.height, height);
  const y = Math.max(0, Math.min(rect.y, bottom - grownHeight));
  return { x: rect.x - (grownWidth - rect.width) / 2, y, width: grownWidth, height: grownHeight };
}

export function presentPath(layout: BoardLayout, viewport: PresentViewport): PresentStep[] {
  const wall = wallRect(layout);
  return [
    { kind: 'overview', stageId: null, frames: [wall] },
    ...layout.columns.map((column): PresentStep => ({
      kind: 'stage',
      stageId: column.stageId,
      stageIndex: column.index,
      frames: stageFrames(layout, column, viewport),
      lanes: layout.rows.length,
    })),
    { kind: 'closing', stageId: null, frames: [wall] },
  ];
}

/** Where the presentation stands: a step and, within a tall stage, a sub-frame. */
export interface PresentPosition {
  readonly step: number;
  readonly frame: number;
}

/** The position a key moves to; `null` when it stays (at the ends). */
export function nextPosition(path: readonly PresentStep[], at: PresentPosition): PresentPosition | null {
  const step = path[at.step];
  if (step && at.frame < step.frames.length - 1) return { step: at.step, frame: at.frame + 1 };
  return at.step < path.length - 1 ? { step: at.step + 1, frame: 0 } : null;
}

export function previousPosition(path: readonly PresentStep[], at: PresentPosition): PresentPosition | null {
  if (at.frame > 0) return { step: at.step, frame: at.frame - 1 };
  return at.step > 0 ? { step: at.step - 1, frame: 0 } : null;
}

/** Clamps a position to a path that may have changed (a stage added or removed while presenting). */
export function clampPosition(path: readonly PresentStep[], at: PresentPosition): PresentPosition {
  const step = Math.min(Math.max(0, at.step), Math.max(0, path.length - 1));
  const frames = path[step]?.frames.length ?? 1;
  return { step, frame: Math.min(Math.max(0, at.frame), frames - 1) };
}

/** The rectangle to frame at a position. */
export function frameAt(path: readonly PresentStep[], at: PresentPosition): Rect | null {
  const { step, frame } = clampPosition(path, at);
  return path[step]?.frames[frame] ?? null;
}
