/**
 * Deflates the streams of an exported PDF off the main thread (see
 * pdf/compressStreams.ts): one file in, the same file compressed back.
 */
import { compressStreams, platformDeflate } from './pdf/compressStreams';
import type { PdfCompressReply } from './pdfCompress';
import { failed, reply } from './workerReply';

addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  compressStreams(new Uint8Array(event.data), platformDeflate).then(
    (file) => reply<PdfCompressReply>({ kind: 'compressed', file: file.buffer }, [file.buffer]),
    (error: unknown) => reply<PdfCompressReply>(failed(error)),
  );
});
