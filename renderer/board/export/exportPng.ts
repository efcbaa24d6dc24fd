/**
 * PNG: the board's paint functions at 1×–4×, on white or transparent.
 *
 * Why in bands, with our own encoder on workers: a 2× picture of a 2,000-note
 * wall is ~244 megapixels. A canvas that size (a gigabyte) takes seconds just
 * to allocate, and Chromium's encoder needs one. Here the main thread paints
 * a band of rows at a time into one small canvas, in short tasks, copies its
 * pixels out through a VideoFrame (a plain copy; getImageData converts every
 * pixel and is ten times slower), and hands them to a pool of workers that
 * filter and deflate each band into an IDAT chunk while the next band is
 * painted. A worker joins the chunks in order with the PNG's head and tail.
 */
import type { PngOptions } from '../../model/export/exportOptions';
import { pngSize, type PngSize } from '../../model/export/pngSize';
import { pngRegion } from '../../model/export/regions';
import { nextTask, runSteps, type Slicing } from '../../model/slices';
import { type MapPicture, paintRegionSteps } from './paintMapRegion';
import { pngHead, pngTail } from './png/pngChunks';
import { PngEncoderPool } from './pngEncoderPool';

/** Pixels per band: 8 MB, painted and copied in a few milliseconds, and deflated in a few more. */
const BAND_BYTES = 8 * 1024 * 1024;

/** One encoder per core, at most two: the main thread paints on a core of its own meanwhile. */
function encoderCount(): number {
  return Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));
}

export async function exportPng(
  options: PngOptions,
  picture: MapPicture,
  onProgress: (done: number, total: number) => void,
  slicing: Slicing,
): Promise<{ bytes: Uint8Array; size: PngSize }> {
  const { signal, turn = nextTask } = slicing;
  const region = pngRegion(picture.layout, options.region);
  if (!region) throw new Error(`No stage ${options.region.kind === 'stage' ? options.region.stageId : ''} on this map`);
  const size = pngSize(region.viewport, options.scale);
  const scaleX = size.width / region.viewport.width;
  const scaleY = size.height / region.viewport.height;
  const rowBytes = size.width * 4;
  const bandRows = Math.max(1, Math.min(size.height, Math.floor(BAND_BYTES / rowBytes)));
  const premultiplied = options.background !== 'white';
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = bandRows;
  // Without an alpha channel the copied pixels need no un-premultiplying.
  const ctx = canvas.getContext('2d', { alpha: premultiplied });
  if (!ctx) throw new Error(`A band of the picture (${size.width}×${bandRows} px) is too large for a canvas`);

  const pool = new PngEncoderPool(encoderCount(), (bandRows + 1) * rowBytes);
  // The row above the band being painted, for PNG's Up filter: zeros above the first row.
  const rowAbove = new Uint8Array(rowBytes);
  try {
    const bands = Math.ceil(size.height / bandRows);
    for (let band = 0; band < bands; band++) {
      const top = band * bandRows;
      const rows = Math.min(bandRows, size.height - top);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      if (premultiplied) ctx.clearRect(0, 0, size.width, bandRows);
      else {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, size.width, bandRows);
      }
      // Device pixels: the band's top row is the picture's row `top`.
      ctx.setTransform(scaleX, 0, 0, scaleY, 0, -top);
      const bandWorld = { x: region.viewport.x, y: region.viewport.y + top / scaleY, width: region.viewport.width, height: rows / scaleY };
      await runSteps(paintRegionSteps(ctx, picture, region, bandWorld), () => undefined, slicing);

      const buffer = await pool.takeBuffer();
      const frame = new VideoFrame(canvas, { timestamp: 0 });
      try {
        await frame.copyTo(new Uint8Array(buffer, rowBytes, rows * rowBytes), { format: 'RGBA', rect: { x: 0, y: 0, width: size.width, height: rows } });
      } finally {
        frame.close();
      }
      new Uint8Array(buffer, 0, rowBytes).set(rowAbove);
      rowAbove.set(new Uint8Array(buffer, rows * rowBytes, rowBytes));
      pool.encode({ kind: 'band', index: band, pixels: buffer, width: size.width, rows, premultiplied });
      onProgress(band + 1, bands + 1);
      // Painting a band takes a few milliseconds, and may not have needed a slice of its own: let a frame through.
      await turn();
      signal?.throwIfAborted();
    }
    const { chunks, parts } = await pool.finish();
    const file = await pool.join(pngHead(size.width, size.height), chunks, pngTail(parts));
    onProgress(bands + 1, bands + 1);
    return { bytes: new Uint8Array(file), size };
  } finally {
    pool.close();
    canvas.width = 0;
    canvas.height = 0;
  }
}
