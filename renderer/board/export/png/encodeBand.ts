/**
 * One band of canvas pixels → one IDAT chunk of the PNG, with the Adler-32
 * part that pngTail combines. What a PNG encode worker runs per band.
 */
import type { AdlerPart } from './checksums';
import { planBand, writeBand } from './deflateBand';
import { CHUNK_FRAME, frameChunk } from './pngChunks';

export interface EncodedBand extends AdlerPart {
  /** The IDAT chunk, framed and checksummed. */
  readonly chunk: Uint8Array;
}

/**
 * A canvas keeps colours multiplied by alpha; a PNG stores them as they are.
 * Only partly transparent pixels change (edges over a transparent background).
 */
export function unpremultiply(pixels: Uint8Array): void {
  for (let i = 3; i < pixels.length; i += 4) {
    const alpha = pixels[i]!;
    if (alpha === 0 || alpha === 255) continue;
    const scale = 255 / alpha;
    pixels[i - 3] = Math.min(255, Math.round(pixels[i - 3]! * scale));
    pixels[i - 2] = Math.min(255, Math.round(pixels[i - 2]! * scale));
    pixels[i - 1] = Math.min(255, Math.round(pixels[i - 1]! * scale));
  }
}

/**
 * `pixels`: rows + 1 rows of `width` RGBA pixels, the first being the row above the band (zeros for the top band).
 * `premultiplied`: the pixels come from a canvas with an alpha channel.
 */
export function encodeBand(pixels: Uint8Array, width: number, rows: number, premultiplied: boolean): EncodedBand {
  if (premultiplied) unpremultiply(pixels);
  const plan = planBand(new Int32Array(pixels.buffer, pixels.byteOffset, pixels.byteLength >>> 2), width, rows);
  // Sized exactly from the plan: written once, with no copy into a chunk of the right size after.
  const chunk = new Uint8Array(plan.bytes + CHUNK_FRAME);
  frameChunk(chunk, 'IDAT', writeBand(plan, chunk, 8));
  return { chunk, adler: plan.adler, length: plan.length };
}
