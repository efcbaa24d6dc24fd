/** Imported persona photos: the face in the middle survives, and the file stays small enough to save. */
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_DATA_URL_CHARS } from '../../../renderer/model/schema';
import { centreSquare, encodingAttempts, type Encoding, firstFitting, PHOTO_SIDE } from '../../../renderer/ui/panels/photoFit';

describe('centreSquare', () => {
  it('crops a landscape photo to its middle square', () => {
    expect(centreSquare(4000, 3000)).toEqual({ sx: 500, sy: 0, side: 3000 });
  });

  it('crops a portrait photo to its middle square', () => {
    expect(centreSquare(600, 1000)).toEqual({ sx: 0, sy: 200, side: 600 });
  });

  it('keeps a square photo whole', () => {
    expect(centreSquare(256, 256)).toEqual({ sx: 0, sy: 0, side: 256 });
  });
});

describe('encodingAttempts', () => {
  it('starts with a 256 px JPEG at quality 0.85', () => {
    expect(encodingAttempts(3000)[0]).toEqual({ size: PHOTO_SIDE, quality: 0.85 });
  });

  it('ends at 128 px, each attempt no larger and no better than the one before', () => {
    const attempts = encodingAttempts(3000);
    expect(attempts.at(-1)!.size).toBe(128);
    attempts.slice(1).forEach((attempt, i) => {
      expect(attempt.size).toBeLessThanOrEqual(attempts[i]!.size);
      expect(attempt.size < attempts[i]!.size || attempt.quality < attempts[i]!.quality).toBe(true);
    });
  });

  it('never enlarges a small picture', () => {
    const attempts = encodingAttempts(32);
    expect(attempts.every((a) => a.size === 32)).toBe(true);
    expect(new Set(attempts.map((a) => a.quality)).size).toBe(attempts.length);
  });
});

describe('firstFitting', () => {
  const fakeEncoder = (sizes: ReadonlyMap<string, number>) => {
    const tried: Encoding[] = [];
    const encode = (e: Encoding) => {
      tried.push(e);
      return 'x'.repeat(sizes.get(`${e.size}@${e.quality}`) ?? 0);
    };
    return { tried, encode };
  };

  it('keeps the best encoding when it already fits', () => {
    const { tried, encode } = fakeEncoder(new Map([['256@0.85', 40_000]]));
    expect(firstFitting(encodingAttempts(1000), encode)).toHaveLength(40_000);
    expect(tried).toHaveLength(1);
  });

  it('falls back to lower quality, then to 128 px, until the photo fits in a file', () => {
    const tooBig = MAX_PHOTO_DATA_URL_CHARS + 1;
    const { tried, encode } = fakeEncoder(
      new Map([['256@0.85', tooBig], ['256@0.7', tooBig], ['256@0.5', tooBig], ['128@0.7', 90_000]]),
    );
    expect(firstFitting(encodingAttempts(1000), encode)).toHaveLength(90_000);
    expect(tried.at(-1)).toEqual({ size: 128, quality: 0.7 });
  });

  it('gives up when even the smallest encoding is too large', () => {
    const { encode } = fakeEncoder(new Map());
    expect(firstFitting(encodingAttempts(1000), (e) => encode(e) + 'x'.repeat(MAX_PHOTO_DATA_URL_CHARS + 1))).toBeNull();
  });
});
