/**
 * The parts of a PNG file around the bands' deflated rows: the signature,
 * IHDR (8-bit RGBA, not interlaced), an IDAT with the zlib header, one IDAT
 * per band, a closing IDAT with the final empty block and the Adler-32, and IEND.
 * A PNG may split its zlib stream over any number of IDAT chunks.
 */
import { adler32Combine, type AdlerPart, crc32 } from './checksums';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Bytes a chunk adds around its data: length and type before, CRC after. */
export const CHUNK_FRAME = 12;
const CHUNK_HEAD = 8;

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

/**
 * Frames data already written at bytes[8, end) as a chunk of `type`: its length and type
 * go into bytes[0, 8), its CRC into bytes[end, end + 4). Returns the chunk's end.
 */
export function frameChunk(bytes: Uint8Array, type: string, end: number): number {
  writeUint32(bytes, 0, end - CHUNK_HEAD);
  for (let i = 0; i < 4; i++) bytes[4 + i] = type.charCodeAt(i);
  writeUint32(bytes, end, crc32(bytes, 4, end));
  return end + 4;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(CHUNK_FRAME + data.length);
  bytes.set(data, CHUNK_HEAD);
  frameChunk(bytes, type, CHUNK_HEAD + data.length);
  return bytes;
}

/** Signature, IHDR for width × height RGBA, and the IDAT that opens the zlib stream (deflate, 32 KB window, no dictionary). */
export function pngHead(width: number, height: number): Uint8Array[] {
  const header = new Uint8Array(13);
  writeUint32(header, 0, width);
  writeUint32(header, 4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filtering, no interlace
  return [SIGNATURE, chunk('IHDR', header), chunk('IDAT', Uint8Array.of(0x78, 0x01))];
}

/** The IDAT that ends the zlib stream (a final, empty fixed-code block, then the Adler-32 of every band in order), and IEND. */
export function pngTail(bands: readonly AdlerPart[]): Uint8Array[] {
  const adler = bands.reduce(adler32Combine, 1);
  const end = Uint8Array.of(0x03, 0x00, 0, 0, 0, 0);
  writeUint32(end, 2, adler);
  return [chunk('IDAT', end), chunk('IEND', new Uint8Array(0))];
}
