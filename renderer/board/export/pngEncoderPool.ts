/**
 * The workers that encode a PNG export's bands, and the few pixel buffers that
 * travel between them and the painter: a buffer goes to a worker with a band
 * and comes back with the band's IDAT chunk, ready to be refilled. Reusing
 * them matters: a fresh 8 MB buffer per band costs a page fault per 4 KB.
 * At the end the first worker joins the file.
 */
import type { AdlerPart } from './png/checksums';
import type { PngBandRequest, PngJoinRequest, PngWorkerReply } from './pngWorkerMessages';

export interface EncodedChunks {
  /** The bands' IDAT chunks, in band order. */
  readonly chunks: readonly ArrayBuffer[];
  readonly parts: readonly AdlerPart[];
}

export class PngEncoderPool {
  private readonly workers: Worker[];
  private readonly free: ArrayBuffer[] = [];
  private readonly waiting: { resolve: (buffer: ArrayBuffer) => void; reject: (error: unknown) => void }[] = [];
  private readonly chunks: ArrayBuffer[] = [];
  private readonly parts: AdlerPart[] = [];
  private sent = 0;
  private received = 0;
  private failure: unknown = null;
  private done: (() => void) | null = null;
  private joining: { resolve: (file: ArrayBuffer) => void; reject: (error: unknown) => void } | null = null;

  /** `workers` encoders, and one buffer more than them so the painter never waits for the first reply. */
  constructor(workers: number, bufferBytes: number) {
    this.workers = Array.from({ length: workers }, () => {
      const worker = new Worker(new URL('./pngEncodeWorker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<PngWorkerReply>) => this.receive(event.data));
      // A worker that cannot start (or dies) says so only through 'error'.
      worker.addEventListener('error', (event) => this.fail(new Error(event.message || 'The PNG encoder could not start')));
      return worker;
    });
    for (let i = 0; i <= workers; i++) this.free.push(new ArrayBuffer(bufferBytes));
  }

  /** A buffer to paint the next band into, once one is free. */
  takeBuffer(): Promise<ArrayBuffer> {
    if (this.failure) return Promise.reject(this.failure);
    const buffer = this.free.pop();
    if (buffer) return Promise.resolve(buffer);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Hands band `index` (in `buffer`, see PngBandRequest) to the next worker in turn. */
  encode(request: PngBandRequest): void {
    this.sent++;
    this.workers[request.index % this.workers.length]!.postMessage(request, [request.pixels]);
  }

  /** Every band's chunk, once all that were sent are back. */
  finish(): Promise<EncodedChunks> {
    return new Promise((resolve, reject) => {
      this.done = () => (this.failure ? reject(this.failure) : resolve({ chunks: this.chunks, parts: this.parts }));
      if (this.failure || this.received === this.sent) this.done();
    });
  }

  /**
   * The file's parts joined into one buffer, by a worker. `chunks` are handed over (they are
   * finish()'s, not needed after); the other parts are small, and copied.
   */
  join(before: readonly Uint8Array[], chunks: readonly ArrayBuffer[], after: readonly Uint8Array[]): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.joining = { resolve, reject };
      const parts = [...before, ...chunks.map((chunk) => new Uint8Array(chunk)), ...after];
      this.workers[0]!.postMessage({ kind: 'join', parts } satisfies PngJoinRequest, [...chunks]);
    });
  }

  close(): void {
    for (const worker of this.workers) worker.terminate();
  }

  private receive(reply: PngWorkerReply): void {
    if (reply.kind === 'failed') return this.fail(new Error(reply.message));
    if (reply.kind === 'joined') return this.joining?.resolve(reply.file);
    this.chunks[reply.index] = reply.chunk;
    this.parts[reply.index] = { adler: reply.adler, length: reply.length };
    this.received++;
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve(reply.pixels);
    else this.free.push(reply.pixels);
    if (this.received === this.sent) this.done?.();
  }

  private fail(error: unknown): void {
    if (this.failure) return;
    this.failure = error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    this.done?.();
    this.joining?.reject(error);
  }
}
