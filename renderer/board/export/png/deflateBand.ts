/**
 * A band of PNG rows, filtered and deflated, fast enough to keep up with the
 * painting of a 244-megapixel picture.
 *
 * Why our own encoder: Chromium's encoder needs the whole picture in one
 * canvas (a gigabyte at 2× of a 2,000-note wall, seconds to allocate), and a
 * general deflate (CompressionStream, fflate) looks for matches in every byte,
 * which takes seconds on that much data. A board picture is flat colour and
 * text, so this one looks only for what such a picture has:
 * - every row uses PNG's Up filter, so a row like the one above is all zeros;
 * - a run of equal filtered pixels (background, a note's fill, an edge) is the
 *   first pixel as four literals, then matches at distance 4, up to 258 bytes each;
 * - everything else is literals.
 * A first pass (planBand) finds the runs and counts the symbols, which also
 * tells the block's exact size; the second (writeBand) writes them in a code
 * fitted to those counts, or in the fixed code when that is smaller
 * (deflateCodes.ts). The band is one non-final block closed by an empty stored
 * block, so it ends on a byte boundary and bands can be concatenated in order.
 * Adler-32 is kept in the first pass, in closed form over runs, for adler32Combine.
 */
import { ADLER_BASE, type AdlerPart } from './checksums';
import { type BlockCodes, dynamicBlock, END_OF_BLOCK, FIXED_CODES, LITERAL_LENGTH_SYMBOLS, MATCH_SYMBOL, MAX_MATCH, MIN_MATCH, symbolsBits } from './deflateCodes';

const UP_FILTER = 2;
const HIGH_BITS = 0x80808080 | 0;
const LOW_BITS = 0x7f7f7f7f;

/** Bytewise (a − b) mod 256 of four packed bytes, without borrows between them. */
function subtractBytes(a: number, b: number): number {
  return (((a | HIGH_BITS) - (b & LOW_BITS)) ^ ((a ^ ~b) & HIGH_BITS)) | 0;
}

/**
 * How a run's `4 × (repeats − 1)` repeated bytes split into matches of 3–258: `full` matches of 258,
 * then `last` (0: none), then `after` (0: none). Never a remainder shorter than a match can be.
 */
const split = { full: 0, last: 0, after: 0 };
function splitMatches(bytes: number): void {
  const rest = bytes % MAX_MATCH;
  split.full = (bytes - rest) / MAX_MATCH;
  split.last = rest;
  split.after = 0;
  if (rest > 0 && rest < MIN_MATCH) {
    // 258 + 1 or 258 + 2: 256 or 257, then 3.
    split.full--;
    split.last = MAX_MATCH + rest - MIN_MATCH;
    split.after = MIN_MATCH;
  }
}

/** The first pass's findings, reused between bands: a fresh buffer per band would cost a page fault per 4 KB. */
let runValues = new Int32Array(0);
let runRepeats = new Int32Array(0);
const frequencies = new Uint32Array(LITERAL_LENGTH_SYMBOLS);

/** What the first pass found: enough to size the output and write it. */
export interface BandPlan extends AdlerPart {
  readonly width: number;
  readonly rows: number;
  readonly codes: BlockCodes;
  /** The dynamic code's header, empty for the fixed code. */
  readonly header: readonly (readonly [bits: number, length: number])[];
  /** How many bytes writeBand will write. */
  readonly bytes: number;
}

/**
 * The first pass over `rows` rows of `width` RGBA pixels (unpremultiplied; words read little-endian, as on
 * every platform Electron runs on, so R is the low byte). `pixels` holds rows + 1 rows: the first is the
 * row above the band (all zeros above the picture's first row). Its runs stay here until writeBand.
 */
export function planBand(pixels: Int32Array, width: number, rows: number): BandPlan {
  if (pixels.length < (rows + 1) * width) throw new RangeError(`A band of ${rows} rows of ${width} pixels needs ${(rows + 1) * width} pixels, not ${pixels.length}`);
  if (runValues.length < rows * width) {
    runValues = new Int32Array(rows * width);
    runRepeats = new Int32Array(rows * width);
  }
  frequencies.fill(0);
  frequencies[END_OF_BLOCK] = 1;
  frequencies[UP_FILTER] = rows;

  // First pass: the runs of equal filtered pixels, the symbols they will take, and the Adler-32.
  let runs = 0;
  let a = 1;
  let b = 0;
  for (let row = 0; row < rows; row++) {
    const here = (row + 1) * width;
    const above = row * width;
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
      runValues[runs] = filtered;
      runRepeats[runs++] = repeats;
      const b0 = filtered & 0xff;
      const b1 = (filtered >>> 8) & 0xff;
      const b2 = (filtered >>> 16) & 0xff;
      const b3 = filtered >>> 24;
      frequencies[b0]!++;
      frequencies[b1]!++;
      frequencies[b2]!++;
      frequencies[b3]!++;
      if (repeats > 1) {
        splitMatches(4 * (repeats - 1));
        frequencies[MATCH_SYMBOL[MAX_MATCH]!]! += split.full;
        if (split.last) frequencies[MATCH_SYMBOL[split.last]!]!++;
        if (split.after) frequencies[MATCH_SYMBOL[split.after]!]!++;
      }
      // Adler over `repeats` copies of the four bytes: a grows by their sum each time, b by 4a plus the
      // bytes weighted by how many sums each one enters. Reduced once a row: even a row 32,767 pixels
      // wide keeps a and b far below 2^53, and a division per pixel would cost more than the rest.
      const sum = b0 + b1 + b2 + b3;
      b += repeats * (4 * a + 4 * b0 + 3 * b1 + 2 * b2 + b3) + 2 * sum * repeats * (repeats - 1);
      a += sum * repeats;
      i = next;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }

  const dynamic = dynamicBlock(frequencies);
  const dynamicBits = dynamic.headerBits + symbolsBits(dynamic.codes, frequencies);
  const fixedBits = symbolsBits(FIXED_CODES, frequencies);
  const useDynamic = dynamicBits < fixedBits;
  // Block type (3 bits), the block, an empty stored block's 3 header bits, padding to the byte, its LEN and NLEN.
  const bytes = Math.ceil((3 + (useDynamic ? dynamicBits : fixedBits) + 3) / 8) + 4;
  return {
    width,
    rows,
    codes: useDynamic ? dynamic.codes : FIXED_CODES,
    header: useDynamic ? dynamic.header : [],
    bytes,
    adler: ((b << 16) | a) >>> 0,
    length: rows * (1 + 4 * width),
  };
}

/** Writes the band planned last (planBand's runs are overwritten by the next plan) into `out` from `start`; returns the end. */
export function writeBand(plan: BandPlan, out: Uint8Array, start: number): number {
  if (out.length - start < plan.bytes) throw new RangeError(`The band needs ${plan.bytes} bytes, and the output has ${out.length - start} from ${start}`);
  const { width, rows, codes } = plan;
  const { symbolBits, symbolLength, matchBits, matchLength } = codes;

  // The bit writer lives in these locals and is written out inline, not in a helper closure: V8 keeps
  // locals in registers, while a closure's captured variables are loads and stores on every bit
  // string, and this loop writes tens of millions of them for a large picture.
  // Every write is at most 21 bits on top of the at most 7 left over, so 32 bits always hold them.
  let pos = start;
  let bits = codes.type << 1; // not final, then BTYPE
  let count = 3;
  for (const [value, length] of plan.header) {
    bits |= value << count;
    count += length;
    while (count >= 8) {
      out[pos++] = bits;
      bits >>>= 8;
      count -= 8;
    }
  }
  let run = 0;
  for (let row = 0; row < rows; row++) {
    bits |= symbolBits[UP_FILTER]! << count;
    count += symbolLength[UP_FILTER]!;
    while (count >= 8) {
      out[pos++] = bits;
      bits >>>= 8;
      count -= 8;
    }
    for (let covered = 0; covered < width; run++) {
      const filtered = runValues[run]!;
      const repeats = runRepeats[run]!;
      covered += repeats;
      for (let shift = 0; shift < 32; shift += 8) {
        const byte = (filtered >>> shift) & 0xff;
        bits |= symbolBits[byte]! << count;
        count += symbolLength[byte]!;
        while (count >= 8) {
          out[pos++] = bits;
          bits >>>= 8;
          count -= 8;
        }
      }
      if (repeats === 1) continue;
      splitMatches(4 * (repeats - 1));
      for (let m = -2; m < split.full; m++) {
        // Two passes before the full matches stand for `last` and `after`, when there are any; a full one is 258.
        const length = m === -2 ? split.last : m === -1 ? split.after : MAX_MATCH;
        if (length === 0) continue;
        bits |= matchBits[length]! << count;
        count += matchLength[length]!;
        while (count >= 8) {
          out[pos++] = bits;
          bits >>>= 8;
          count -= 8;
        }
      }
    }
  }
  bits |= symbolBits[END_OF_BLOCK]! << count;
  count += symbolLength[END_OF_BLOCK]!;
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
  if (pos - start !== plan.bytes) throw new Error(`The band took ${pos - start} bytes, not the ${plan.bytes} planned`);
  return pos;
}
