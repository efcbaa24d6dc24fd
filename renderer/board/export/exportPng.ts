/** PNG: the board's paint functions into a canvas at 1×–4×, on white or transparent. */
import type { PngOptions } from '../../model/export/exportOptions';
import { pngSize, type PngSize } from '../../model/export/pngSize';
import { pngRegion } from '../../model/export/regions';
import { runSteps } from '../../model/slices';
import { type MapPicture, paintRegionSteps } from './paintMapRegion';

export async function exportPng(
  options: PngOptions,
  picture: MapPicture,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array; size: PngSize }> {
  const region = pngRegion(picture.layout, options.region);
  if (!region) throw new Error(`No stage ${options.region.kind === 'stage' ? options.region.stageId : ''} on this map`);
  const size = pngSize(region.viewport, options.scale);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`The picture (${size.width}×${size.height} px) is too large for a canvas`);
  if (options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
  }
  ctx.scale(size.width / region.viewport.width, size.height / region.viewport.height);
  // One more step than the painting: encoding.
  let total = 1;
  await runSteps(
    paintRegionSteps(ctx, picture, region),
    (step) => {
      total = step.total + 1;
      onProgress(step.done, total);
    },
    // A canvas records its drawing and rasterizes it when read: read one pixel after each slice, so the
    // raster work happens slice by slice, not all in the task that encodes the file.
    { signal, endOfSlice: () => void ctx.getImageData(0, 0, 1, 1) },
  );
  // Asynchronous: Chromium encodes a PNG a few rows at a time in idle time. Allocating and first
  // filling a very large canvas is one long task, though: ~1 s for a 244-megapixel 2× wall.
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`The picture (${size.width}×${size.height} px) could not be encoded`);
  signal?.throwIfAborted();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  onProgress(total, total);
  canvas.width = 0;
  canvas.height = 0;
  return { bytes, size };
}
