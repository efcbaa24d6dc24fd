/**
 * What exportPng and a PNG encode worker say to each other: a band of pixels
 * goes out and its IDAT chunk comes back; at the end, every part of the file
 * goes to one worker and comes back joined.
 */
export interface PngBandRequest {
  readonly kind: 'band';
  readonly index: number;
  /** rows + 1 rows of RGBA pixels, the first being the row above the band. Handed back in the reply, to be refilled. */
  readonly pixels: ArrayBuffer;
  readonly width: number;
  readonly rows: number;
  /** The pixels come from a canvas with an alpha channel, so their colours are multiplied by it. */
  readonly premultiplied: boolean;
}

/** The file's parts in order, to be copied into one buffer off the main thread. */
export interface PngJoinRequest {
  readonly kind: 'join';
  readonly parts: readonly Uint8Array[];
}

export type PngWorkerRequest = PngBandRequest | PngJoinRequest;

export type PngWorkerReply =
  | { readonly kind: 'band'; readonly index: number; readonly chunk: ArrayBuffer; readonly adler: number; readonly length: number; readonly pixels: ArrayBuffer }
  | { readonly kind: 'joined'; readonly file: ArrayBuffer }
  | { readonly kind: 'failed'; readonly message: string };
