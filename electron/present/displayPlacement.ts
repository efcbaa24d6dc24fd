/**
 * Where the audience window goes, from the display list alone (injected: the
 * app passes `screen.getAllDisplays()`, the tests plain objects), so the rules
 * are unit-tested without Electron.
 *
 * - One display: no audience window; the laptop's own window shows the room's
 *   view and the presenter view shrinks to an overlay (P).
 * - Two or more: the audience window goes full-screen on a display other than
 *   the presenter window's, preferring an external one (a projector rather
 *   than a second laptop panel), then the largest, then the lowest id so that
 *   the choice is the same every time for the same displays.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of Electron's `Display` the placement reads. */
export interface DisplayInfo {
  readonly id: number;
  readonly bounds: Rect;
  readonly workArea: Rect;
  /** The laptop's built-in panel (Electron's `display.internal`). */
  readonly internal: boolean;
}

export type AudiencePlacement =
  /** The presenter's window shows the audience view itself. */
  | { readonly kind: 'single' }
  /** A full-screen audience window on this display. */
  | { readonly kind: 'dual'; readonly displayId: number; readonly bounds: Rect };

const area = (rect: Rect) => rect.width * rect.height;

export function placeAudience(displays: readonly DisplayInfo[], presenterDisplayId: number | null): AudiencePlacement {
  const others = displays.filter((display) => display.id !== presenterDisplayId);
  // The presenter window's display is not in the list (it was just unplugged): any display but one is left for the presenter.
  if (others.length === 0 || displays.length < 2) return { kind: 'single' };
  const best = [...others].sort(
    (a, b) => Number(a.internal) - Number(b.internal) || area(b.bounds) - area(a.bounds) || a.id - b.id,
  )[0]!;
  return { kind: 'dual', displayId: best.id, bounds: best.bounds };
}

/** What to do with the audience window to go from one placement to the next. */
export type AudienceMove =
  | { readonly kind: 'keep' }
  | { readonly kind: 'open'; readonly bounds: Rect }
  | { readonly kind: 'move'; readonly bounds: Rect }
  | { readonly kind: 'close' };

export function audienceMove(from: AudiencePlacement | null, to: AudiencePlacement): AudienceMove {
  const open = from?.kind === 'dual' ? from : null;
  if (to.kind === 'single') return open ? { kind: 'close' } : { kind: 'keep' };
  if (!open) return { kind: 'open', bounds: to.bounds };
  const same = open.displayId === to.displayId && sameRect(open.bounds, to.bounds);
  return same ? { kind: 'keep' } : { kind: 'move', bounds: to.bounds };
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
