/**
 * DEFLATE's fixed Huffman code (RFC 1951 §3.2.6), as the bit strings the band
 * encoder writes: each code already bit-reversed, because DEFLATE packs
 * Huffman codes most-significant bit first into a least-significant-bit-first
 * stream. The fixed code needs no table in the stream, so every band can be a
 * block of its own, encoded on any worker without knowing the others.
 */

function reverseBits(code: number, length: number): number {
  let reversed = 0;
  for (let i = 0; i < length; i++) {
    reversed = (reversed << 1) | (code & 1);
    code >>>= 1;
  }
  return reversed;
}

/** Literal byte → its code (bit-reversed) and code length: 0–143 take 8 bits, 144–255 take 9. */
export const LITERAL_BITS = new Uint32Array(256);
export const LITERAL_LENGTH = new Uint8Array(256);
for (let value = 0; value < 256; value++) {
  const nine = value >= 144;
  LITERAL_LENGTH[value] = nine ? 9 : 8;
  LITERAL_BITS[value] = nine ? reverseBits(0x190 + value - 144, 9) : reverseBits(0x30 + value, 8);
}

/** Symbols 256–279 take 7 bits (0000000…), 280–287 take 8 (11000000…). */
function symbolCode(symbol: number): { bits: number; length: number } {
  return symbol < 280 ? { bits: reverseBits(symbol - 256, 7), length: 7 } : { bits: reverseBits(0xc0 + symbol - 280, 8), length: 8 };
}

/** End of block: symbol 256. */
export const END_OF_BLOCK = symbolCode(256);

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

export const MIN_MATCH = 3;
export const MAX_MATCH = 258;
/** The only distance the encoder uses: one RGBA pixel back. Distance code 3, five bits, no extra bits. */
export const PIXEL_DISTANCE = 4;
const DISTANCE_4 = { bits: reverseBits(3, 5), length: 5 };

/**
 * A match of length 3–258 at distance 4, as one bit string of at most 18 bits:
 * the length symbol, its extra bits, then the distance code.
 */
export const MATCH_BITS = new Uint32Array(MAX_MATCH + 1);
export const MATCH_LENGTH = new Uint8Array(MAX_MATCH + 1);
for (let length = MIN_MATCH; length <= MAX_MATCH; length++) {
  let index = LENGTH_BASE.length - 1;
  while (LENGTH_BASE[index]! > length) index--;
  // 258 has a symbol of its own (285); 227–257 use 284 with 5 extra bits.
  if (length < MAX_MATCH && index === LENGTH_BASE.length - 1) index--;
  const symbol = symbolCode(257 + index);
  const extra = LENGTH_EXTRA[index]!;
  MATCH_BITS[length] = symbol.bits | ((length - LENGTH_BASE[index]!) << symbol.length) | (DISTANCE_4.bits << (symbol.length + extra));
  MATCH_LENGTH[length] = symbol.length + extra + DISTANCE_4.length;
}
