/**
 * A Path2D that remembers its SVG path data. A canvas strokes a Path2D as it
 * is, but an SVG or PDF context cannot read one back: it asks `pathDataOf`.
 */
const pathData = new WeakMap<Path2D, string>();

export function tracedPath(d: string): Path2D {
  const path = new Path2D(d);
  pathData.set(path, d);
  return path;
}

/** The SVG path data a Path2D was made from, when it was made by `tracedPath`. */
export function pathDataOf(path: Path2D): string | undefined {
  return pathData.get(path);
}
