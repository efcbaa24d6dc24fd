/**
 * The PDF export's stream compressor, on files jsPDF really writes (Node build
 * of jsPDF, the bundled Noto Sans), read back by poppler as a reader would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { compressStreams, PdfLayoutError, platformDeflate } from '../../../renderer/board/export/pdf/compressStreams';

const folder = mkdtempSync(join(tmpdir(), 'journeyboard-pdf-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const TEXT = ['Mapa podróży klienta: ąćęłńóśźż', 'Harta călătoriei clientului: ășțâî', 'Карта пути клиента: точки контакта'];

function uncompressedPdf(title = 'Journeyboard'): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: [600, 400], compress: false });
  doc.setProperties({ title });
  const font = readFileSync(join(process.cwd(), 'assets', 'fonts', 'NotoSans_400Regular.ttf')).toString('base64');
  doc.addFileToVFS('NotoSans-Regular.ttf', font);
  doc.addFont('NotoSans-Regular.ttf', 'Noto Sans', 'normal');
  doc.setFont('Noto Sans', 'normal');
  TEXT.forEach((line, index) => doc.text(line, 40, 60 + 30 * index));
  for (let i = 0; i < 200; i++) doc.rect(40 + (i % 20) * 25, 160 + Math.floor(i / 20) * 20, 20, 15, 'S');
  doc.addPage([400, 300]);
  doc.text('Second page', 40, 60);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Runs a poppler tool on the file and returns what it printed on stdout and stderr (where it reports a damaged file). */
function poppler(tool: string, bytes: Uint8Array): { out: string; errors: string } {
  const file = join(folder, `${tool}.pdf`);
  writeFileSync(file, bytes);
  const result = spawnSync(tool, tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file], { encoding: 'utf8' });
  return { out: result.stdout, errors: result.stderr };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Every stream's dictionary and data, found by its /Length. */
function streams(bytes: Uint8Array): { dictionary: string; data: Buffer }[] {
  const text = latin1(bytes);
  const found: { dictionary: string; data: Buffer }[] = [];
  for (const match of text.matchAll(/<<([^]*?)>>\nstream\n/g)) {
    const length = Number(/\/Length (\d+)\n/.exec(match[1]!)![1]);
    const start = match.index + match[0].length;
    found.push({ dictionary: match[1]!, data: Buffer.from(bytes.subarray(start, start + length)) });
  }
  return found;
}

describe('compressStreams', () => {
  it('deflates every stream jsPDF wrote, and the file reads back with the same text and no error', async () => {
    const raw = uncompressedPdf();
    const compressed = await compressStreams(raw, platformDeflate);
    expect(compressed.length).toBeLessThan(raw.length / 2);

    const before = streams(raw);
    const after = streams(compressed);
    expect(after).toHaveLength(before.length);
    after.forEach((stream, index) => {
      expect(stream.dictionary).toContain('/Filter /FlateDecode');
      expect(inflateSync(stream.data).equals(before[index]!.data)).toBe(true);
    });

    const text = poppler('pdftotext', compressed);
    expect(text.errors).toBe('');
    for (const line of TEXT) expect(text.out).toContain(line);
    expect(text.out).toContain('Second page');
    const info = poppler('pdfinfo', compressed);
    expect(info.errors).toBe('');
    expect(info.out).toMatch(/Pages:\s+2/);
  });

  it('points every cross-reference entry at its object', async () => {
    const compressed = latin1(await compressStreams(uncompressedPdf(), platformDeflate));
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF$/.exec(compressed)![1]);
    expect(compressed.slice(xrefAt, xrefAt + 5)).toBe('xref\n');
    const entries = compressed.slice(xrefAt).split('\n').slice(2).filter((line) => / \d{5} n $/.test(line));
    expect(entries.length).toBeGreaterThan(5);
    entries.forEach((entry, index) => {
      const offset = Number(entry.slice(0, 10));
      if (offset > 0) expect(compressed.slice(offset, offset + 12)).toMatch(new RegExp(`^${index + 1} 0 obj\n`));
    });
  });

  it('leaves a stream that already has a filter alone, so compressing twice changes nothing', async () => {
    const once = await compressStreams(uncompressedPdf(), platformDeflate);
    const twice = await compressStreams(once, platformDeflate);
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  });

  it('a title that spells out a stream does not fool it: the title is kept as it was, and the file reads', async () => {
    const title = 'Q3\n/Length 5\n>>\nstream\nabcde\nendstream';
    const compressed = await compressStreams(uncompressedPdf(title), platformDeflate);
    expect(latin1(compressed)).toContain(`/Title (${title})`);
    const info = poppler('pdfinfo', compressed);
    expect(info.errors).toBe('');
    expect(poppler('pdftotext', compressed).out).toContain(TEXT[0]);
  });

  it('a file not in the shape jsPDF writes is a PdfLayoutError, not a damaged file', async () => {
    await expect(compressStreams(new TextEncoder().encode('%PDF-1.3\nnot really'), platformDeflate)).rejects.toBeInstanceOf(PdfLayoutError);
    const raw = latin1(uncompressedPdf());
    const xrefStream = raw.replace(/xref\n0 (\d+)\n/, 'xref\n0 $1\n1 2\n');
    await expect(compressStreams(Buffer.from(xrefStream, 'latin1'), platformDeflate)).rejects.toBeInstanceOf(PdfLayoutError);
  });
});
