/**
 * Deflates the streams of a PDF that jsPDF wrote uncompressed, and rewrites
 * its cross-reference table to match.
 *
 * Why: jsPDF compresses as it writes the file, in one synchronous call that
 * holds the window for a quarter of a second on a 2,000-note poster. So the
 * export asks jsPDF for an uncompressed file (the quick part) and this runs on
 * a worker, with the platform's own deflate.
 *
 * It reads only what jsPDF writes: a classic xref table found through
 * `startxref`, and objects whose stream dictionary gives a direct /Length. An
 * object it does not understand in every detail is copied as it is, which is
 * always valid, only larger; a stream that already has a /Filter is left alone.
 */
import { concatBytes } from '../../../model/bytes';

export type Deflate = (bytes: Uint8Array) => Promise<Uint8Array>;

/** zlib-wrapped deflate (what /FlateDecode means) by the platform: Chromium's zlib, in the browser and in Node alike. */
export const platformDeflate: Deflate = async (bytes) => {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** What a PDF that is not in the shape jsPDF writes raises: the caller keeps the file as it was. */
export class PdfLayoutError extends Error {
  override readonly name = 'PdfLayoutError';
}

const latin1 = (bytes: Uint8Array, start: number, end: number): string => {
  let text = '';
  for (let i = start; i < end; i += 8192) text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  return text;
};

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first, from); i !== -1 && i + needle.length <= to; i = bytes.indexOf(first, i + 1)) {
    let match = true;
    for (let k = 1; k < needle.length && match; k++) match = bytes[i + k] === needle[k];
    if (match) return i;
  }
  return -1;
}

interface XrefEntry {
  readonly object: number;
  readonly offset: number;
}

interface Xref {
  readonly at: number;
  /** In-use objects with a real offset, in file order. */
  readonly objects: readonly XrefEntry[];
  /** The table's header and entries, as lines of text, to rewrite with new offsets. */
  readonly lines: readonly string[];
  /** Where the entries end: the trailer follows. */
  readonly end: number;
}

const STREAM = ascii('>>\nstream\n');
const END_STREAM = ascii('\nendstream');
const LENGTH = /\/Length (\d+)\n/;
const PLAIN_STREAM_DICTIONARY = /^\d+ 0 obj\n<<\n(?:\/\w+ [^\n()<>]*\n)*>>$/;

function readXref(pdf: Uint8Array): Xref {
  const tail = latin1(pdf, Math.max(0, pdf.length - 64), pdf.length);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) throw new PdfLayoutError('No startxref at the end of the file');
  const at = Number(startxref[1]);
  const trailer = latin1(pdf, at, indexOf(pdf, ascii('trailer'), at, pdf.length));
  const table = /^xref\n0 (\d+)\n/.exec(trailer);
  if (!table) throw new PdfLayoutError('The cross-reference table is not a single classic section');
  const count = Number(table[1]);
  const lines = trailer.slice(table[0].length).split('\n').slice(0, count);
  if (lines.length !== count || lines.some((line) => !/^\d{10} \d{5} [nf] $/.test(line))) {
    throw new PdfLayoutError('The cross-reference table has a malformed entry');
  }
  const objects = lines
    .map((line, object) => ({ object, offset: Number(line.slice(0, 10)), inUse: line.endsWith('n ') }))
    .filter((entry) => entry.inUse && entry.offset > 0)
    .sort((a, b) => a.offset - b.offset)
    .map(({ object, offset }) => ({ object, offset }));
  if (objects.some((entry) => entry.offset >= at)) throw new PdfLayoutError('An object starts after the cross-reference table');
  return { at, objects, lines, end: at + table[0].length + count * 20 };
}

/**
 * The object at pdf[start, end) with its stream deflated, or null to keep it as it is:
 * no stream, a /Filter already, or a layout this does not recognise.
 */
async function deflateObject(pdf: Uint8Array, start: number, end: number, deflate: Deflate): Promise<Uint8Array[] | null> {
  const stream = indexOf(pdf, STREAM, start, end);
  if (stream === -1) return null;
  const dictionary = latin1(pdf, start, stream + 2);
  // Only a dictionary of plain `/Key value` lines, as jsPDF writes for streams: a string (…) or a nested
  // dictionary could hold text that looks like a stream's start, such as a map's name in /Title.
  if (!PLAIN_STREAM_DICTIONARY.test(dictionary)) return null;
  const length = LENGTH.exec(dictionary);
  if (!length || dictionary.includes('/Filter')) return null;
  const dataStart = stream + STREAM.length;
  const dataEnd = dataStart + Number(length[1]);
  if (dataEnd + END_STREAM.length > end || indexOf(pdf, END_STREAM, dataEnd, dataEnd + END_STREAM.length) !== dataEnd) return null;
  const data = await deflate(pdf.subarray(dataStart, dataEnd));
  const head = dictionary.replace(LENGTH, `/Length ${data.length}\n/Filter /FlateDecode\n`);
  return [ascii(head), ascii('\nstream\n'), data, pdf.subarray(dataEnd, end)];
}

/** `pdf` with every unfiltered stream deflated; the objects, trailer and everything else unchanged. */
export async function compressStreams(pdf: Uint8Array, deflate: Deflate): Promise<Uint8Array<ArrayBuffer>> {
  const xref = readXref(pdf);
  const parts: Uint8Array[] = [pdf.subarray(0, xref.objects[0]?.offset ?? xref.at)];
  let size = parts[0]!.length;
  const offsets = new Map<number, number>();
  for (const [index, { object, offset }] of xref.objects.entries()) {
    const end = xref.objects[index + 1]?.offset ?? xref.at;
    offsets.set(object, size);
    const rewritten = (await deflateObject(pdf, offset, end, deflate)) ?? [pdf.subarray(offset, end)];
    for (const part of rewritten) {
      parts.push(part);
      size += part.length;
    }
  }
  const entries = xref.lines.map((line, object) => {
    const moved = offsets.get(object);
    return moved === undefined ? line : `${String(moved).padStart(10, '0')}${line.slice(10)}`;
  });
  const trailerEnd = latin1(pdf, xref.end, pdf.length).lastIndexOf('startxref');
  parts.push(ascii(`xref\n0 ${entries.length}\n${entries.join('\n')}\n`), pdf.subarray(xref.end, xref.end + trailerEnd), ascii(`startxref\n${size}\n%%EOF`));
  return concatBytes(parts);
}
