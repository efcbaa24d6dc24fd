/**
 * One pointer gesture at a time, each a small state object in the manner of
 * tldraw's state nodes: the controller starts one on pointerdown and forwards
 * moves to it; `onPointerUp` commits it as one named command, `onCancel` (Esc,
 * window blur, `pointercancel`) drops it and leaves the document untouched.
 * What a gesture shows while it runs (drop preview, marquee, guides) is read
 * by the paint functions through the optional queries below.
 */
import { type BoardLayout, type CellBox, type EmotionHit, HIT_RADII, type Rect } from '../../model/layout';
import type { UiStore } from '../../state/uiStore';
import type { BoardCamera } from '../boardCamera';
import type { BoardIntents } from '../boardIntents';
import type { LayerName } from '../renderScheduler';

/** A CSS cursor name. */
export type Cursor = string;

/** What a gesture may use: the layout of the moment, the camera, the view state, the app's intents, repaints. */
export interface GestureHost {
  layout(): BoardLayout | null;
  readonly camera: BoardCamera;
  readonly ui: UiStore;
  readonly intents: BoardIntents;
  invalidate(...which: LayerName[]): void;
}

export interface CarriedItems {
  readonly dx: number;
  readonly dy: number;
  readonly noteIds: readonly string[];
  readonly touchpointId: string | null;
}

export interface Gesture {
  /** Container coordinates; returns the cursor to show. */
  onPointerMove(sx: number, sy: number): Cursor;
  /** The gesture's one command, if it came to anything. */
  onPointerUp(): void;
  /** Ends the gesture with no command, repainting what it showed. */
  onCancel(): void;

  hiddenNotes?(): ReadonlySet<string>;
  dropPreview?(): { readonly cell: CellBox; readonly slot: Rect } | null;
  carried?(): CarriedItems | null;
  marqueeRect?(): Rect | null;
  resizeGuideX?(): number | null;
  stageDrag?(): { readonly stageId: string; readonly pointerX: number; readonly dropIndex: number } | null;
  emotionDrag?(): { readonly hit: EmotionHit; readonly score: number } | null;
}

/** How far (screen px) the pointer moves before a press becomes a drag. */
export const DRAG_THRESHOLD = HIT_RADII.dragThreshold;

export const beyondThreshold = (dx: number, dy: number): boolean => Math.hypot(dx, dy) >= DRAG_THRESHOLD;
