/**
 * The whole wall (or one stage, or the current view) at full detail, with its
 * stage strip and persona/lane strip, drawn by the board's own paint functions
 * into any PaintContext: the SVG, PDF, PNG and print exports all draw through here.
 *
 * Full detail: the paint functions get scale 1, at which every note shows its
 * text, whatever the board's zoom. The strips are painted as the board paints
 * them at 100 %, by a camera that puts the region's viewport at the picture's
 * top-left corner.
 *
 * It is a generator of small steps (a batch of notes, a layer) so an export can
 * run it in time slices; `paintMapRegion` runs it all at once.
 */
import type { BoardLayout, NoteBox, Rect, TouchpointBox } from '../../model/layout';
import { intersects } from '../../model/layout';
import type { ExportRegion } from '../../model/export/regions';
import type { BoardLabels } from '../Board';
import { paintBlueprintLines } from '../paint/paintBlueprint';
import type { PaintContext } from '../paint/paintContext';
import { paintCorner } from '../paint/paintCorner';
import { paintEmotions } from '../paint/paintEmotions';
import { paintGrid } from '../paint/paintGrid';
import { paintLaneStrip, paintStageStrip } from '../paint/paintHeaders';
import { paintNoteBoxes } from '../paint/paintNotes';
import { paintPersonaCards } from '../paint/paintPersonaCards';
import { paintTouchpoints } from '../paint/paintTouchpoints';

export interface MapPicture {
  readonly layout: BoardLayout;
  readonly labels: BoardLabels;
  /** Decoded persona photos by persona id (the board's usePersonaPhotos). */
  readonly photos: ReadonlyMap<string, HTMLImageElement>;
}

/** A context that can name groups of what it draws (the SVG context does; a canvas need not). */
export interface Layered {
  beginLayer(name: string): void;
  endLayer(): void;
}

export interface StepProgress {
  readonly done: number;
  readonly total: number;
}

const FULL_DETAIL = 1;
const NOTES_PER_STEP = 10;
const TOUCHPOINTS_PER_STEP = 10;
const NO_HIDDEN: ReadonlySet<string> = new Set();

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Paints `region` of the picture with its top-left corner at the context's origin, one step per yield.
 * `band` (world units), when given, is the only part the context will keep (a PNG is drawn a band of
 * rows at a time): notes and touchpoints outside it are skipped; the rest is cheap and clipped by the canvas.
 */
export function* paintRegionSteps(ctx: PaintContext & Partial<Layered>, picture: MapPicture, region: ExportRegion, band?: Rect): Generator<StepProgress> {
  const { layout, labels, photos } = picture;
  const { viewport, content } = region;
  const wanted = (box: Rect) => intersects(box, content) && (!band || intersects(box, band));
  const notes: NoteBox[] = layout.notes.filter(wanted);
  const touchpoints: TouchpointBox[] = layout.touchpoints.filter(wanted);
  const noteBatches = batches(notes, NOTES_PER_STEP);
  const touchpointBatches = batches(touchpoints, TOUCHPOINTS_PER_STEP);
  const total = 4 + noteBatches.length + touchpointBatches.length;
  let done = 0;
  const step = (): StepProgress => ({ done: ++done, total });
  const layer = <T>(name: string, paint: () => T): T => {
    ctx.beginLayer?.(name);
    const result = paint();
    ctx.endLayer?.();
    return result;
  };

  ctx.save();
  ctx.translate(-viewport.x, -viewport.y);
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(content.x, content.y);
  ctx.lineTo(content.x + content.width, content.y);
  ctx.lineTo(content.x + content.width, content.y + content.height);
  ctx.lineTo(content.x, content.y + content.height);
  ctx.clip();
  // The grid and the emotion lanes get the viewport, as the board passes its visible world:
  // the emotion legend places itself below the stage strip from it. No board background:
  // the picture is on white paper, a white canvas or transparent.
  layer('grid', () => paintGrid(ctx, layout, viewport, FULL_DETAIL, null));
  layer('personas', () => paintPersonaCards(ctx, layout, content, photos));
  yield step();
  layer('emotions', () => paintEmotions(ctx, layout, viewport, FULL_DETAIL, labels));
  yield step();
  for (const batch of touchpointBatches) {
    layer('touchpoints', () => paintTouchpoints(ctx, batch, content, FULL_DETAIL, null));
    yield step();
  }
  for (const batch of noteBatches) {
    layer('notes', () => paintNoteBoxes(ctx, batch, content, FULL_DETAIL, NO_HIDDEN));
    yield step();
  }
  layer('blueprint', () => paintBlueprintLines(ctx, layout, viewport, labels.blueprintLine));
  ctx.restore();
  ctx.restore();
  yield step();

  const camera = { x: -viewport.x, y: -viewport.y, scale: FULL_DETAIL };
  const state = { selectedStageId: null, stageDrag: null, photos, addStageButton: false };
  layer('lanes', () => paintLaneStrip(ctx, layout, camera, viewport.height, labels, state));
  layer('stages', () => paintStageStrip(ctx, layout, camera, viewport.width, labels, state));
  layer('corner', () => paintCorner(ctx, labels));
  yield step();
}

/** Paints the whole region at once (small maps, tests, print). */
export function paintMapRegion(ctx: PaintContext & Partial<Layered>, picture: MapPicture, region: ExportRegion): void {
  const steps = paintRegionSteps(ctx, picture, region);
  while (!steps.next().done);
}
