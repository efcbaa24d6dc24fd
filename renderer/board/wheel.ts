/**
 * What one wheel event means. Browsers give no device type, so it is read from
 * the event's shape:
 * - a mouse notch: a large step (≈100 px, or whole lines/pages);
 * - a trackpad pinch: `ctrlKey` with small, often fractional pixel deltas;
 * - a two-finger scroll: small pixel deltas, often with `deltaX`, no ctrl.
 * A notch zooms by one fixed step (never by the size of its delta: one notch
 * used to multiply the zoom by 2.7); a pinch zooms in proportion to its delta
 * so it stays smooth; a two-finger scroll pans. The plain mouse wheel zooms or
 * pans, as the facilitator prefers.
 */
export interface WheelInput {
  readonly deltaX: number;
  readonly deltaY: number;
  /** WheelEvent.deltaMode: 0 pixels, 1 lines, 2 pages. */
  readonly deltaMode: number;
  /** Ctrl (or ⌘): a pinch arrives as a ctrl wheel too. */
  readonly ctrl: boolean;
  readonly shift: boolean;
  /** The preference: does the plain mouse wheel zoom (true) or pan (false)? */
  readonly wheelZooms: boolean;
}

export type WheelIntent = { readonly kind: 'zoom'; readonly factor: number } | { readonly kind: 'pan'; readonly dx: number; readonly dy: number };

/** One mouse-wheel notch zooms by 15 %. */
export const WHEEL_NOTCH_ZOOM = 1.15;
/** Pixel deltas below this are a trackpad's, not a mouse notch's (≥ 100 in Chromium and Firefox). */
const NOTCH_MIN_PIXELS = 50;
/** Zoom per pixel of pinch delta: a typical pinch event (1–10 px) zooms 1–10 %. */
const PINCH_RATE = 0.01;
const LINE_PIXELS = 40;
const PAGE_PIXELS = 800;

export function wheelIntent(input: WheelInput): WheelIntent {
  const unit = input.deltaMode === 1 ? LINE_PIXELS : input.deltaMode === 2 ? PAGE_PIXELS : 1;
  const dx = input.deltaX * unit;
  const dy = input.deltaY * unit;
  const notch = input.deltaMode !== 0 || (input.deltaX === 0 && Math.abs(dy) >= NOTCH_MIN_PIXELS);
  if (input.shift && !input.ctrl) return { kind: 'pan', dx: dy || dx, dy: 0 };
  if (input.ctrl) {
    if (notch) return { kind: 'zoom', factor: dy < 0 ? WHEEL_NOTCH_ZOOM : 1 / WHEEL_NOTCH_ZOOM };
    const factor = Math.exp(-dy * PINCH_RATE);
    return { kind: 'zoom', factor: Math.min(WHEEL_NOTCH_ZOOM, Math.max(1 / WHEEL_NOTCH_ZOOM, factor)) };
  }
  if (notch && input.wheelZooms) return { kind: 'zoom', factor: dy < 0 ? WHEEL_NOTCH_ZOOM : dy > 0 ? 1 / WHEEL_NOTCH_ZOOM : 1 };
  return { kind: 'pan', dx, dy };
}
