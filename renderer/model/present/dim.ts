/**
 * What present mode paints over the wall, computed from the layout: the other
 * stages dimmed, so the room looks at the framed one, and, during a build, the
 * framed stage's lanes not yet revealed hidden.
 */
import type { BoardLayout, Rect } from '../layout';

/** The rectangles that cover everything but the framed stage's column (the persona cards included). */
export function dimmedRects(layout: BoardLayout, stageId: string): Rect[] {
  const framed = layout.columns.find((c) => c.stageId === stageId);
  if (!framed) return [];
  const height = layout.height;
  const left = layout.cardColumn?.x ?? 0;
  const rects: Rect[] = [];
  if (framed.x > left) rects.push({ x: left, y: 0, width: framed.x - left, height });
  const right = framed.x + framed.width;
  if (layout.width > right) rects.push({ x: right, y: 0, width: layout.width - right, height });
  return rects;
}

/** The parts of the framed stage's column below the first `revealed` lanes, which a build still hides. */
export function hiddenLaneRects(layout: BoardLayout, stageId: string, revealed: number): Rect[] {
  const framed = layout.columns.find((c) => c.stageId === stageId);
  if (!framed) return [];
  const rows = [...layout.rows].sort((a, b) => a.y - b.y);
  return rows.slice(Math.max(0, revealed)).map((row) => ({ x: framed.x, y: row.y, width: framed.width, height: row.height }));
}
