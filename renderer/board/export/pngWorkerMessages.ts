/** What exportPng and the PNG worker say to each other. */
export type PngWorkerRequest =
  | { readonly kind: 'start'; readonly width: number; readonly height: number }
  | { readonly kind: 'band'; readonly top: number; readonly bitmap: ImageBitmap }
  | { readonly kind: 'finish' };

export type PngWorkerReply = { readonly kind: 'done'; readonly buffer: ArrayBuffer } | { readonly kind: 'failed'; readonly message: string };
