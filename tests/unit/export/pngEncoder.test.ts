/**
 * The PNG export's encoder (renderer/board/export/png), band by band as the
 * workers run it, read back by Node's zlib: inflate checks every deflate code
 * and the Adler-32, and each chunk's CRC is checked here.
 */
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, adler32Combine, crc32 } from '../../../renderer/board/export/png/checksums';
import { encodeBand, unpremultiply } from '../../../renderer/board/export/png/encodeBand';
import { canonicalCodes, codeLengths, reverseBits } from '../../../renderer/board/export/png/huffman';
import { pngHead, pngTail } from '../../../renderer/board/export/png/pngChunks';

/** Encodes width × height RGBA pixels in bands of `bandRows`, as exportPng hands them to the workers. */
function encodePng(pixels: Uint8Array, width: number, height: number, bandRows: number, premultiplied = false): Buffer {
  const rowBytes = width * 4;
  const chunks: Uint8Array[] = [];
  const parts: { adler: number; length: number }[] = [];
  for (let top = 0; top < height; top += bandRows) {
    const rows = Math.min(bandRows, height - top);
    // The band's own copy: the row above (zeros over the first row), then its rows.
    const band = new Uint8Array((rows + 1) * rowBytes);
    if (top > 0) band.set(pixels.subarray((top - 1) * rowBytes, top * rowBytes));
    band.set(pixels.subarray(top * rowBytes, (top + rows) * rowBytes), rowBytes);
    const encoded = encodeBand(band, width, rows, premultiplied);
    chunks.push(encoded.chunk);
    parts.push(encoded);
  }
  return Buffer.concat([...pngHead(width, height), ...chunks, ...pngTail(parts)]);
}

/** Reads a PNG back: checks the signature and every chunk's CRC, inflates the IDAT stream, undoes the filters. */
function decodePng(file: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (at < file.length) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    expect(file.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(zlibCrc32(file.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      width = file.readUInt32BE(at + 8);
      height = file.readUInt32BE(at + 12);
      expect([...file.subarray(at + 16, at + 21)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    types.push(type);
    at += 12 + length;
  }
  expect(types[0]).toBe('IHDR');
  expect(types.at(-1)).toBe('IEND');
  // inflateSync throws on a bad code, a stream that does not end, or a wrong Adler-32.
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = width * 4;
  expect(raw.length).toBe(height * (1 + rowBytes));
  const pixels = new Uint8Array(height * rowBytes);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (1 + rowBytes)];
    expect(filter).toBe(2); // Up
    for (let x = 0; x < rowBytes; x++) {
      const above = y > 0 ? pixels[(y - 1) * rowBytes + x]! : 0;
      pixels[y * rowBytes + x] = (raw[y * (1 + rowBytes) + 1 + x]! + above) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** A deterministic pseudo-random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** A board-like picture: white, flat notes, a few runs of the same colour, and noisy "text" inside the notes. */
function boardLike(width: number, height: number): Uint8Array {
  const next = random(7);
  const pixels = new Uint8Array(width * height * 4).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const inNote = x % 40 > 4 && x % 40 < 36 && y % 30 > 3 && y % 30 < 27;
      if (!inNote) continue;
      pixels.set([0x93, 0xc5, 0xfd, 255], i);
      if (y % 30 > 10 && y % 30 < 16 && next() < 0.4) pixels.set([Math.floor(next() * 256), 40, 60, 255], i);
    }
  }
  return pixels;
}

function noise(width: number, height: number, seed: number): Uint8Array {
  const next = random(seed);
  return Uint8Array.from({ length: width * height * 4 }, () => Math.floor(next() * 256));
}

describe('PNG encoder', () => {
  it.each([
    ['a board-like picture in bands of 7 rows', boardLike(200, 61), 200, 61, 7],
    ['noise, where nothing repeats', noise(64, 40, 3), 64, 40, 16],
    ['one pixel', Uint8Array.of(10, 20, 30, 255), 1, 1, 1],
    ['a column one pixel wide, a band per row', noise(1, 50, 5), 1, 50, 1],
    ['a wide picture with runs longer than a match (258 bytes)', new Uint8Array(5000 * 3 * 4).fill(200), 5000, 3, 2],
  ])('%s reads back pixel for pixel', (_name, pixels, width, height, bandRows) => {
    const decoded = decodePng(encodePng(pixels, width, height, bandRows));
    expect(decoded.width).toBe(width);
    expect(decoded.height).toBe(height);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(pixels))).toBe(true);
  });

  it('runs of every length from 1 to 300 pixels, each with a different colour, read back', () => {
    const width = 300;
    const pixels = new Uint8Array(width * 300 * 4);
    for (let y = 0; y < 300; y++) {
      for (let x = 0; x < width; x++) pixels.set(x <= y ? [y & 0xff, 255 - (y & 0xff), 7, 255] : [1, 2, 3, 4], (y * width + x) * 4);
    }
    expect(Buffer.from(decodePng(encodePng(pixels, width, 300, 64)).pixels).equals(Buffer.from(pixels))).toBe(true);
  });

  it('un-premultiplies a transparent background: clear stays clear, a half-covered edge keeps its colour', () => {
    // As a canvas with alpha keeps them: colour × alpha / 255.
    const premultiplied = Uint8Array.of(0, 0, 0, 0, 50, 100, 25, 128, 255, 0, 0, 255, 1, 1, 1, 3);
    const decoded = decodePng(encodePng(premultiplied.slice(), 4, 1, 1, true));
    expect([...decoded.pixels]).toEqual([0, 0, 0, 0, 100, 199, 50, 128, 255, 0, 0, 255, 85, 85, 85, 3]);
  });

  it('unpremultiply never overflows a channel', () => {
    const pixels = Uint8Array.of(200, 200, 200, 100);
    unpremultiply(pixels);
    expect([...pixels]).toEqual([255, 255, 255, 100]);
  });
});

describe('PNG checksums', () => {
  it('crc32 is the PNG/zlib CRC-32', () => {
    const check = new TextEncoder().encode('123456789');
    expect(crc32(check)).toBe(0xcbf43926);
    expect(crc32(check, 2, 7)).toBe(zlibCrc32(check.subarray(2, 7)));
    // Eight bytes at a time, with every remainder after them.
    const bytes = noise(300, 1, 17);
    for (let end = 0; end <= 40; end++) expect(crc32(bytes, 3, 3 + end)).toBe(zlibCrc32(bytes.subarray(3, 3 + end)));
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('adler32Combine of the parts is the Adler-32 of the whole, whatever the split', () => {
    const bytes = noise(50_000, 1, 11);
    for (const split of [0, 1, 5552, 65_521, 123_457, bytes.length]) {
      const first = bytes.subarray(0, split);
      const second = bytes.subarray(split);
      expect(adler32Combine(adler32(first), { adler: adler32(second), length: second.length })).toBe(adler32(bytes));
    }
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
  });
});

describe('Huffman codes of the dynamic blocks', () => {
  /** Kraft sum of the used lengths: exactly 1 for a complete code. */
  const kraft = (lengths: Uint8Array) => [...lengths].reduce((sum, length) => sum + (length ? 2 ** -length : 0), 0);

  it('a skewed alphabet (Fibonacci frequencies) gets lengths cut to the limit, and the code stays complete', () => {
    const frequencies = Uint32Array.from({ length: 30 }, (_, i) => (i < 2 ? 1 : 0));
    for (let i = 2; i < 30; i++) frequencies[i] = frequencies[i - 1]! + frequencies[i - 2]!;
    const unlimited = codeLengths(frequencies, 40);
    expect(Math.max(...unlimited)).toBe(29);
    const limited = codeLengths(frequencies, 15);
    expect(Math.max(...limited)).toBe(15);
    expect(kraft(limited)).toBe(1);
    // The commonest symbol still has the shortest code.
    expect(limited[29]).toBe(Math.min(...limited));
  });

  it('unused symbols get no code; a lone symbol gets one bit', () => {
    expect([...codeLengths(Uint32Array.of(0, 5, 0, 5), 15)]).toEqual([0, 1, 0, 1]);
    expect([...codeLengths(Uint32Array.of(0, 0, 9), 7)]).toEqual([0, 0, 1]);
  });

  it('canonical codes are those of RFC 1951 §3.2.2 (its example: ABCDEFGH with lengths 3 3 3 3 3 2 4 4), bit-reversed', () => {
    const codes = canonicalCodes(Uint8Array.of(3, 3, 3, 3, 3, 2, 4, 4));
    const expected = [0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111];
    const lengths = [3, 3, 3, 3, 3, 2, 4, 4];
    expect([...codes]).toEqual(expected.map((code, i) => reverseBits(code, lengths[i]!)));
  });

  /** BTYPE of the first band's block: bits 1–2 of the first byte after the IDAT chunk that opens the zlib stream. */
  const blockType = (file: Buffer) => (file[8 + 25 + 14 + 8]! >> 1) & 0b11;

  it('a board picture is written with a dynamic code, and comes out smaller than in the fixed code', () => {
    const pixels = boardLike(400, 60);
    const file = encodePng(pixels, 400, 60, 60);
    expect(blockType(file)).toBe(2);
    expect(Buffer.from(decodePng(file).pixels).equals(Buffer.from(pixels))).toBe(true);
  });

  it('bytes of one skewed distribution, spread over every code length up to 15 bits, read back', () => {
    const next = random(13);
    // Byte k with probability ~2^-k: codes from 1 to 15 bits long.
    const pixels = Uint8Array.from({ length: 512 * 64 * 4 }, () => Math.min(255, Math.floor(-Math.log2(next() + 1e-12))));
    const file = encodePng(pixels, 512, 64, 64);
    expect(blockType(file)).toBe(2);
    expect(Buffer.from(decodePng(file).pixels).equals(Buffer.from(pixels))).toBe(true);
  });
});
