/**
 * Deflates the streams of an exported PDF off the main thread (see
 * pdf/compressStreams.ts): one file in, the same file compressed back.
 */
import { compressStreams, platformDeflate } from './pdf/compressStreams';
import type { PdfCompressReply } from './pdfCompress';

function reply(message: PdfCompressReply, transfer: Transferable[]): void {
  postMessage(message, { transfer });
}

addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  compressStreams(new Uint8Array(event.data), platformDeflate).then(
    (file) => reply({ kind: 'compressed', file: file.buffer as ArrayBuffer }, [file.buffer as ArrayBuffer]),
    (error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }, []),
  );
});
