/**
 * The main thread's side of pdfCompressWorker. The worker is started when the
 * export starts, not when the file is ready: starting one takes a few hundred
 * milliseconds on a slow machine, which would come on top of the export.
 */
export type PdfCompressReply = { readonly kind: 'compressed'; readonly file: ArrayBuffer } | { readonly kind: 'failed'; readonly message: string };

export class PdfCompressor {
  private readonly worker = new Worker(new URL('./pdfCompressWorker.ts', import.meta.url), { type: 'module' });
  private failure: Error | null = null;

  constructor() {
    // A worker that cannot start (or dies) says so only through 'error', maybe before anything is asked of it.
    this.worker.addEventListener('error', (event) => {
      this.failure = new Error(event.message || 'The PDF compressor could not start');
    });
  }

  /** jsPDF's uncompressed file (handed over) → the same file with its streams deflated. */
  compress(pdf: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<Uint8Array>((resolve, reject) => {
      this.worker.addEventListener('message', (event: MessageEvent<PdfCompressReply>) =>
        event.data.kind === 'compressed' ? resolve(new Uint8Array(event.data.file)) : reject(new Error(`The PDF could not be compressed: ${event.data.message}`)),
      );
      this.worker.addEventListener('error', (event) => reject(new Error(event.message || 'The PDF compressor stopped')));
      this.worker.postMessage(pdf.buffer, [pdf.buffer]);
    });
  }

  close(): void {
    this.worker.terminate();
  }
}
