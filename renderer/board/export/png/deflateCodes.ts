/**
 * The codes a band's DEFLATE block is written in (RFC 1951 §3.2.5–3.2.7), as
 * the bit strings the band encoder writes, each code already bit-reversed:
 * - the fixed code, which needs no table in the stream;
 * - a dynamic code fitted to the band's own symbols, with the table that
 *   describes it, for when it comes out smaller (flat colour and anti-aliased
 *   text use few of the 256 byte values, so it usually does, by about 40 %).
 * Every match the encoder writes is at distance 4 (one pixel back).
 */
import { canonicalCodes, codeLengths, reverseBits } from './huffman';

export const MIN_MATCH = 3;
export const MAX_MATCH = 258;
/** Literal/length symbols: 256 byte values, end of block (256), and length symbols 257–285. */
export const LITERAL_LENGTH_SYMBOLS = 286;
export const END_OF_BLOCK = 256;
/** The only distance the encoder uses: one RGBA pixel back, distance code 3 (no extra bits). */
export const PIXEL_DISTANCE = 4;
const DISTANCE_CODE = 3;

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

/** Match length 3–258 → its length symbol (257–285); 258 has a symbol of its own, 227–257 share 284. */
export const MATCH_SYMBOL = new Uint16Array(MAX_MATCH + 1);
for (let length = MIN_MATCH; length <= MAX_MATCH; length++) {
  let index = LENGTH_BASE.length - 1;
  while (LENGTH_BASE[index]! > length) index--;
  if (length < MAX_MATCH && index === LENGTH_BASE.length - 1) index--;
  MATCH_SYMBOL[length] = 257 + index;
}

/** A block's codes, ready to write: per literal/length symbol, and per match length with its extra bits and distance. */
export interface BlockCodes {
  /** BTYPE: 1 fixed, 2 dynamic. */
  readonly type: 1 | 2;
  readonly symbolBits: Uint32Array;
  readonly symbolLength: Uint8Array;
  /** A match of length 3–258 as one bit string of at most 21 bits: length symbol, extra bits, distance code. */
  readonly matchBits: Uint32Array;
  readonly matchLength: Uint8Array;
}

function blockCodes(type: 1 | 2, symbolLength: Uint8Array, distance: { bits: number; length: number }): BlockCodes {
  const symbolBits = canonicalCodes(symbolLength);
  const matchBits = new Uint32Array(MAX_MATCH + 1);
  const matchLength = new Uint8Array(MAX_MATCH + 1);
  for (let length = MIN_MATCH; length <= MAX_MATCH; length++) {
    const symbol = MATCH_SYMBOL[length]!;
    const extra = LENGTH_EXTRA[symbol - 257]!;
    const bits = symbolLength[symbol]!;
    matchBits[length] = symbolBits[symbol]! | ((length - LENGTH_BASE[symbol - 257]!) << bits) | (distance.bits << (bits + extra));
    matchLength[length] = bits + extra + distance.length;
  }
  return { type, symbolBits, symbolLength, matchBits, matchLength };
}

/** The fixed code: bytes 0–143 in 8 bits, 144–255 in 9, symbols 256–279 in 7, 280–287 in 8; distances in 5. */
export const FIXED_CODES = blockCodes(
  1,
  Uint8Array.from({ length: 288 }, (_, symbol) => (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8)),
  { bits: reverseBits(DISTANCE_CODE, 5), length: 5 },
);

/** Bits the block's symbols take in `codes`, given how often each literal/length symbol occurs. */
export function symbolsBits(codes: BlockCodes, frequencies: Uint32Array): number {
  let bits = 0;
  for (let symbol = 0; symbol < LITERAL_LENGTH_SYMBOLS; symbol++) {
    const count = frequencies[symbol]!;
    if (count === 0) continue;
    bits += count * codes.symbolLength[symbol]!;
    if (symbol > END_OF_BLOCK) bits += count * (LENGTH_EXTRA[symbol - 257]! + (codes.type === 1 ? 5 : 1));
  }
  return bits;
}

/** Code-length symbols are sent in this order, so that trailing unused ones can be left off (RFC 1951 §3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const CODE_LENGTH_EXTRA: Record<number, number> = { 16: 2, 17: 3, 18: 7 };

/** A dynamic block's code, and its header as bit strings to write after the three block-type bits. */
export interface DynamicBlock {
  readonly codes: BlockCodes;
  readonly header: readonly (readonly [bits: number, length: number])[];
  readonly headerBits: number;
}

/** Run-length codes of a code-length sequence: [symbol, extra value] pairs (16 repeats the last length, 17 and 18 repeat zero). */
function runLengthCodes(lengths: readonly number[]): [number, number][] {
  const codes: [number, number][] = [];
  for (let i = 0; i < lengths.length; ) {
    const value = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === value) run++;
    i += run;
    if (value === 0) {
      for (; run >= 11; run -= Math.min(run, 138)) codes.push([18, Math.min(run, 138) - 11]);
      if (run >= 3) {
        codes.push([17, run - 3]);
        run = 0;
      }
    } else {
      codes.push([value, 0]);
      run--;
      for (; run >= 3; run -= Math.min(run, 6)) codes.push([16, Math.min(run, 6) - 3]);
    }
    for (; run > 0; run--) codes.push([value, 0]);
  }
  return codes;
}

/** A code fitted to these literal/length frequencies (up to 15 bits), with distance code 3 in one bit. */
export function dynamicBlock(frequencies: Uint32Array): DynamicBlock {
  const symbolLength = codeLengths(frequencies, 15);
  let symbols = LITERAL_LENGTH_SYMBOLS;
  while (symbols > 257 && symbolLength[symbols - 1] === 0) symbols--;
  // Distance codes 0 and 3, one bit each: a complete code, which every inflater accepts.
  const distanceLength = [1, 0, 0, 1];
  const runs = runLengthCodes([...symbolLength.subarray(0, symbols), ...distanceLength]);
  const runFrequencies = new Uint32Array(19);
  for (const [symbol] of runs) runFrequencies[symbol]!++;
  // zlib refuses an incomplete code-length code: a lone symbol gets a partner that is never sent.
  if (runFrequencies.filter((count) => count > 0).length < 2) runFrequencies[runFrequencies[0] === 0 ? 0 : 18] = 1;
  const runLength = codeLengths(runFrequencies, 7);
  const runBits = canonicalCodes(runLength);
  let sent = CODE_LENGTH_ORDER.length;
  while (sent > 4 && runLength[CODE_LENGTH_ORDER[sent - 1]!] === 0) sent--;

  const header: [number, number][] = [
    [symbols - 257, 5],
    [distanceLength.length - 1, 5],
    [sent - 4, 4],
    ...CODE_LENGTH_ORDER.slice(0, sent).map((symbol): [number, number] => [runLength[symbol]!, 3]),
  ];
  for (const [symbol, extra] of runs) {
    header.push([runBits[symbol]!, runLength[symbol]!]);
    if (symbol >= 16) header.push([extra, CODE_LENGTH_EXTRA[symbol]!]);
  }
  const codes = blockCodes(2, symbolLength, { bits: canonicalCodes(Uint8Array.from(distanceLength))[DISTANCE_CODE]!, length: 1 });
  return { codes, header, headerBits: header.reduce((total, [, length]) => total + length, 0) };
}
