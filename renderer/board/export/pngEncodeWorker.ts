/**
 * Encodes bands of a PNG export off the main thread: exportPng paints a band,
 * copies its pixels here, and goes on painting the next while this worker
 * (and its twin, on a second core) filters and deflates. It also joins the
 * finished file: tens of megabytes of fresh memory cost the main thread a
 * page fault per 4 KB, which would freeze the window for a visible moment.
 */
import { concatBytes } from '../../model/bytes';
import { encodeBand } from './png/encodeBand';
import type { PngWorkerReply, PngWorkerRequest } from './pngWorkerMessages';
import { failed, reply } from './workerReply';

addEventListener('message', (event: MessageEvent<PngWorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'join') {
      const file = concatBytes(request.parts).buffer;
      return reply<PngWorkerReply>({ kind: 'joined', file }, [file]);
    }
    const { index, pixels, width, rows, premultiplied } = request;
    const band = encodeBand(new Uint8Array(pixels), width, rows, premultiplied);
    const chunk = band.chunk.buffer as ArrayBuffer;
    reply<PngWorkerReply>({ kind: 'band', index, chunk, adler: band.adler, length: band.length, pixels }, [chunk, pixels]);
  } catch (error) {
    reply<PngWorkerReply>(failed(error));
  }
});
