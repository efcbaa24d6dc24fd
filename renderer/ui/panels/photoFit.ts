/**
 * How an imported photo becomes a persona's embedded picture: the centre
 * square, at most 256 px, as JPEG; smaller and rougher only when a file would
 * otherwise exceed what a .cjm may carry.
 */
import { MAX_PHOTO_DATA_URL_CHARS } from '../../model/schema';

export const PHOTO_SIDE = 256;
const FALLBACK_SIDE = 128;

export interface SquareCrop {
  readonly sx: number;
  readonly sy: number;
  readonly side: number;
}

/** The largest centred square of a width × height picture. */
export function centreSquare(width: number, height: number): SquareCrop {
  const side = Math.min(width, height);
  return { sx: Math.floor((width - side) / 2), sy: Math.floor((height - side) / 2), side };
}

export interface Encoding {
  readonly size: number;
  readonly quality: number;
}

/** Encodings to try in turn, best first; a small picture is never enlarged. */
export function encodingAttempts(sourceSide: number): Encoding[] {
  const plan: Encoding[] = [
    { size: PHOTO_SIDE, quality: 0.85 },
    { size: PHOTO_SIDE, quality: 0.7 },
    { size: PHOTO_SIDE, quality: 0.5 },
    { size: FALLBACK_SIDE, quality: 0.7 },
    { size: FALLBACK_SIDE, quality: 0.5 },
  ];
  const attempts = plan.map(({ size, quality }) => ({ size: Math.min(size, sourceSide), quality }));
  return attempts.filter((a, i) => attempts.findIndex((b) => b.size === a.size && b.quality === a.quality) === i);
}

/** The first encoding whose data URL fits in a file, or null when none does. */
export function firstFitting(
  attempts: readonly Encoding[],
  encode: (encoding: Encoding) => string,
  limit: number = MAX_PHOTO_DATA_URL_CHARS,
): string | null {
  for (const attempt of attempts) {
    const dataUrl = encode(attempt);
    if (dataUrl.length <= limit) return dataUrl;
  }
  return null;
}
