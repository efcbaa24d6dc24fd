/**
 * Encodes bands of a PNG export off the main thread: exportPng paints a band,
 * copies its pixels here, and goes on painting the next while this worker
 * (and its twin, on a second core) filters and deflates. It also joins the
 * finished file: tens of megabytes of fresh memory cost the main thread a
 * page fault per 4 KB, which would freeze the window for a visible moment.
 */
import { encodeBand } from './png/encodeBand';
import type { PngWorkerReply, PngWorkerRequest } from './pngWorkerMessages';

function reply(message: PngWorkerReply, transfer: Transferable[]): void {
  postMessage(message, { transfer });
}

function join(parts: readonly Uint8Array[]): ArrayBuffer {
  const file = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  return file.buffer;
}

addEventListener('message', (event: MessageEvent<PngWorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'join') {
      const file = join(request.parts);
      return reply({ kind: 'joined', file }, [file]);
    }
    const { index, pixels, width, rows, premultiplied } = request;
    const band = encodeBand(new Uint8Array(pixels), width, rows, premultiplied);
    const chunk = band.chunk.buffer as ArrayBuffer;
    reply({ kind: 'band', index, chunk, adler: band.adler, length: band.length, pixels }, [chunk, pixels]);
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }, []);
  }
});
