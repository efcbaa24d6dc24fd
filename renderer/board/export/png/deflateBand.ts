/**
 * A band of PNG rows, filtered and deflated in one pass, fast enough to keep
 * up with the painting of a 244-megapixel picture.
 *
 * Why our own encoder: Chromium's encoder needs the whole picture in one
 * canvas (a gigabyte at 2× of a 2,000-note wall, seconds to allocate), and a
 * general deflate (CompressionStream, fflate) looks for matches in every byte,
 * which takes seconds on that much data. A board picture is flat colour and
 * text, so this one looks only for what such a picture has:
 * - every row uses PNG's Up filter, so a row like the one above is all zeros;
 * - a run of equal filtered pixels (background, a note's fill, an edge) is the
 *   first pixel as four literals, then matches at distance 4, up to 258 bytes each;
 * - everything else is literals, in DEFLATE's fixed Huffman code.
 * The band is one non-final fixed-code block closed by an empty stored block,
 * so it ends on a byte boundary and bands can be concatenated in order.
 * Adler-32 is kept as it goes, in closed form over runs, for adler32Combine.
 */
import { ADLER_BASE, type AdlerPart } from './checksums';
import { END_OF_BLOCK, LITERAL_BITS, LITERAL_LENGTH, MATCH_BITS, MATCH_LENGTH, MAX_MATCH, MIN_MATCH } from './fixedHuffman';

const UP_FILTER = 2;
const HIGH_BITS = 0x80808080 | 0;
const LOW_BITS = 0x7f7f7f7f;

/** Bytewise (a − b) mod 256 of four packed bytes, without borrows between them. */
function subtractBytes(a: number, b: number): number {
  return (((a | HIGH_BITS) - (b & LOW_BITS)) ^ ((a ^ ~b) & HIGH_BITS)) | 0;
}

/** The most bytes `deflateBand` can write for a band: every byte a 9-bit literal, plus the block framing. */
export function maxDeflatedBytes(width: number, rows: number): number {
  return Math.ceil((rows * (9 + 36 * width)) / 8) + 16;
}

/**
 * Deflates `rows` rows of `width` RGBA pixels (unpremultiplied; words read little-endian, as on every
 * platform Electron runs on, so R is the low byte) into `out` from `start`.
 * `pixels` holds rows + 1 rows: the first is the row above the band (all zeros above the picture's first row).
 * Returns where the written bytes end, and the Adler-32 of the band's filtered bytes.
 */
export function deflateBand(pixels: Int32Array, width: number, rows: number, out: Uint8Array, start: number): AdlerPart & { readonly end: number } {
  if (pixels.length < (rows + 1) * width) throw new RangeError(`A band of ${rows} rows of ${width} pixels needs ${(rows + 1) * width} pixels, not ${pixels.length}`);
  if (out.length - start < maxDeflatedBytes(width, rows)) throw new RangeError('The output buffer is too small for the band');
  // The bit writer lives in these locals and is written out inline below, not in a helper closure:
  // V8 keeps locals in registers, while a closure's captured variables are loads and stores on
  // every bit string, and this loop writes tens of millions of them for a large picture.
  let pos = start;
  let bits = 0b010; // block header: not final, fixed Huffman codes (BTYPE 01)
  let count = 3;
  let a = 1;
  let b = 0;
  for (let row = 0; row < rows; row++) {
    const here = (row + 1) * width;
    const above = row * width;
    bits |= LITERAL_BITS[UP_FILTER]! << count;
    count += LITERAL_LENGTH[UP_FILTER]!;
    while (count >= 8) {
      out[pos++] = bits;
      bits >>>= 8;
      count -= 8;
    }
    a += UP_FILTER;
    b += a;
    let i = 0;
    while (i < width) {
      const filtered = subtractBytes(pixels[here + i]!, pixels[above + i]!);
      let next = i + 1;
      if (filtered === 0) {
        while (next < width && pixels[here + next] === pixels[above + next]) next++;
      } else {
        while (next < width && subtractBytes(pixels[here + next]!, pixels[above + next]!) === filtered) next++;
      }
      const repeats = next - i;
      const b0 = filtered & 0xff;
      const b1 = (filtered >>> 8) & 0xff;
      const b2 = (filtered >>> 16) & 0xff;
      const b3 = filtered >>> 24;
      // Four literals, two at a time (at most 18 bits on top of the at most 7 left over).
      bits |= (LITERAL_BITS[b0]! | (LITERAL_BITS[b1]! << LITERAL_LENGTH[b0]!)) << count;
      count += LITERAL_LENGTH[b0]! + LITERAL_LENGTH[b1]!;
      while (count >= 8) {
        out[pos++] = bits;
        bits >>>= 8;
        count -= 8;
      }
      bits |= (LITERAL_BITS[b2]! | (LITERAL_BITS[b3]! << LITERAL_LENGTH[b2]!)) << count;
      count += LITERAL_LENGTH[b2]! + LITERAL_LENGTH[b3]!;
      while (count >= 8) {
        out[pos++] = bits;
        bits >>>= 8;
        count -= 8;
      }
      // Adler over `repeats` copies of the four bytes: a grows by their sum each time, b by 4a plus the
      // bytes weighted by how many sums each one enters. Reduced once a row: even a row 32,767 pixels
      // wide keeps a and b far below 2^53, and a division per pixel would cost more than the rest.
      const sum = b0 + b1 + b2 + b3;
      b += repeats * (4 * a + 4 * b0 + 3 * b1 + 2 * b2 + b3) + 2 * sum * repeats * (repeats - 1);
      a += sum * repeats;
      if (repeats === 1) {
        i = next;
        continue;
      }
      let left = 4 * (repeats - 1);
      while (left > 0) {
        let length = left > MAX_MATCH ? MAX_MATCH : left;
        // Never leave a remainder shorter than a match can be.
        if (left - length > 0 && left - length < MIN_MATCH) length = left - MIN_MATCH;
        bits |= MATCH_BITS[length]! << count;
        count += MATCH_LENGTH[length]!;
        while (count >= 8) {
          out[pos++] = bits;
          bits >>>= 8;
          count -= 8;
        }
        left -= length;
      }
      i = next;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  bits |= END_OF_BLOCK.bits << count;
  count += END_OF_BLOCK.length;
  // An empty stored block (not final): three header bits (zeros), padding to the byte, LEN 0 and NLEN 0xffff.
  count += 3;
  while (count > 0) {
    out[pos++] = bits;
    bits >>>= 8;
    count -= 8;
  }
  out[pos++] = 0x00;
  out[pos++] = 0x00;
  out[pos++] = 0xff;
  out[pos++] = 0xff;
  return { end: pos, adler: ((b << 16) | a) >>> 0, length: rows * (1 + 4 * width) };
}
