/**
 * The PNG's full-size canvas lives here, off the main thread: allocating a
 * ~1 GB canvas (a 2× picture of a 2,000-note wall) and encoding it take
 * seconds, which on the main thread would freeze the window. The main thread
 * paints the picture a band at a time and sends each band as an ImageBitmap;
 * this worker places the bands and encodes the file.
 */
import type { PngWorkerReply, PngWorkerRequest } from './pngWorkerMessages';

let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;

function reply(message: PngWorkerReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

async function handle(request: PngWorkerRequest): Promise<void> {
  switch (request.kind) {
    case 'start':
      canvas = new OffscreenCanvas(request.width, request.height);
      ctx = canvas.getContext('2d');
      if (!ctx) throw new Error(`The picture (${request.width}×${request.height} px) is too large for a canvas`);
      return;
    case 'band':
      if (!ctx) throw new Error('A band came before the picture was started');
      ctx.drawImage(request.bitmap, 0, request.top);
      request.bitmap.close();
      return;
    case 'finish': {
      if (!canvas) throw new Error('The picture was finished before it was started');
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const buffer = await blob.arrayBuffer();
      canvas.width = 0;
      canvas.height = 0;
      reply({ kind: 'done', buffer }, [buffer]);
      return;
    }
  }
}

addEventListener('message', (event: MessageEvent<PngWorkerRequest>) => {
  handle(event.data).catch((error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
