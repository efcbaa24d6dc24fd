/**
 * PNG: the board's paint functions at 1×–4×, on white or transparent.
 *
 * Why in bands and a worker: a 2× picture of a 2,000-note wall is ~244
 * megapixels. One canvas of that size on the main thread takes a second or
 * more to allocate in a single task, and its encoding runs there too. Here the
 * main thread paints BAND_ROWS rows at a time into one small canvas, in short
 * slices, and hands each band over as an ImageBitmap; the full-size canvas,
 * and Chromium's own PNG encoder, live in pngCanvasWorker.
 */
import type { PngOptions } from '../../model/export/exportOptions';
import { pngSize, type PngSize } from '../../model/export/pngSize';
import { pngRegion } from '../../model/export/regions';
import { runSteps } from '../../model/slices';
import { type MapPicture, paintRegionSteps } from './paintMapRegion';
import type { PngWorkerReply, PngWorkerRequest } from './pngWorkerMessages';

/** Rows per band: ~8.7 MB at the widest 2× wall, painted and copied in a few milliseconds. */
const BAND_ROWS = 256;

export async function exportPng(
  options: PngOptions,
  picture: MapPicture,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array; size: PngSize }> {
  const region = pngRegion(picture.layout, options.region);
  if (!region) throw new Error(`No stage ${options.region.kind === 'stage' ? options.region.stageId : ''} on this map`);
  const size = pngSize(region.viewport, options.scale);
  const scaleX = size.width / region.viewport.width;
  const scaleY = size.height / region.viewport.height;
  const bandRows = Math.min(BAND_ROWS, size.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = bandRows;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`A band of the picture (${size.width}×${bandRows} px) is too large for a canvas`);

  const worker = new Worker(new URL('./pngCanvasWorker.ts', import.meta.url), { type: 'module' });
  const post = (request: PngWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  // The worker's one answer: the file, or why not. A worker that cannot start says so through 'error'.
  const answer = new Promise<ArrayBuffer>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<PngWorkerReply>) => {
      if (event.data.kind === 'done') resolve(event.data.buffer);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'The PNG encoder could not start')));
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  // Until the end is awaited, a failure only needs to stop the painting.
  let failure: unknown = null;
  answer.catch((error: unknown) => (failure = error));

  try {
    post({ kind: 'start', width: size.width, height: size.height });
    const bands = Math.ceil(size.height / bandRows);
    for (let band = 0; band < bands; band++) {
      const top = band * bandRows;
      const rows = Math.min(bandRows, size.height - top);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, size.width, bandRows);
      if (options.background === 'white') {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, size.width, bandRows);
      }
      // Device pixels: the band's top row is the picture's row `top`.
      ctx.setTransform(scaleX, 0, 0, scaleY, 0, -top);
      const bandWorld = { x: region.viewport.x, y: region.viewport.y + top / scaleY, width: region.viewport.width, height: rows / scaleY };
      await runSteps(paintRegionSteps(ctx, picture, region, bandWorld), () => undefined, { signal });
      if (failure) throw failure;
      const bitmap = await createImageBitmap(canvas, 0, 0, size.width, rows);
      post({ kind: 'band', top, bitmap }, [bitmap]);
      onProgress(band + 1, bands + 1);
    }
    post({ kind: 'finish' });
    const bytes = new Uint8Array(await answer);
    onProgress(bands + 1, bands + 1);
    return { bytes, size };
  } finally {
    worker.terminate();
    canvas.width = 0;
    canvas.height = 0;
  }
}
