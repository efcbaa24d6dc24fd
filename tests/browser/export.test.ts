/**
 * Issue 14 acceptance for the PDF, SVG and PNG exports of a full map in each
 * of the four UI languages: the PDF's text (pdftotext) has the Polish,
 * Romanian and Cyrillic letters exactly; the SVG parses and has one <text> per
 * line of note text; a PNG at 2× has twice the picture's size in pixels.
 * The files are kept in tests/browser/__exports__ to look at.
 */
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../renderer/board/export/exportMap';
import { mapRegion, stageRegion } from '../../renderer/model/export/regions';
import { fullMap } from '../fixtures/fixtureMaps';
import { POLISH, ROMANIAN, RUSSIAN, LANGUAGES, exportInput, keepExport, pdfImages, pdfText, pngDimensions, templateMap, withSpecialNotes } from './exportHarness';

const noProgress = () => {};

describe.each(LANGUAGES)('exports of the shop-purchase template in %s', (language) => {
  it('PDF: the text pdftotext reads has every Polish, Romanian and Cyrillic letter exactly, on cover, map and stage pages', async () => {
    const map = withSpecialNotes(templateMap(language));
    const input = await exportInput(map, language);
    const result = await exportMap({ format: 'pdf', paper: 'A3', orientation: 'auto', pagePerStage: true, coverPage: true }, input, noProgress);
    expect(result.mime).toBe('application/pdf');
    await keepExport(`map.${language}.pdf`, result.bytes);
    const text = await pdfText(result.bytes);
    const flat = text.replace(/\s+/g, ' ');
    for (const letters of [POLISH, ROMANIAN, RUSSIAN]) expect(flat).toContain(letters);
    // The map's own words too: its title on the cover and a stage name.
    expect(flat).toContain(map.title.replace(/\s+/g, ' ').slice(0, 20));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBe(2 + Object.keys(map.stages).length);
  });

  it('SVG: parses, and has exactly one <text> per line of note text', async () => {
    const input = await exportInput(withSpecialNotes(templateMap(language)), language);
    const result = await exportMap({ format: 'svg' }, input, noProgress);
    await keepExport(`map.${language}.svg`, result.bytes);
    const text = new TextDecoder().decode(result.bytes);
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    const noteTexts = [...svg.querySelectorAll('g[data-layer="notes"] text')].map((node) => node.textContent);
    const lines = input.layout.notes.flatMap((note) => note.lines);
    expect(noteTexts.length).toBe(lines.length);
    expect([...noteTexts].sort()).toEqual([...lines].sort());
    // Each letter once in the file, in note lines wrapped as on the board.
    const joined = noteTexts.join(' ');
    for (const letters of [POLISH, ROMANIAN, RUSSIAN]) expect(joined).toContain(letters);
    const region = mapRegion(input.layout);
    expect(svg.documentElement.getAttribute('width')).toBe(String(region.viewport.width));
  });

  it('PNG: at 2× the whole map is twice its size in pixels, and one stage is its column and strips', async () => {
    const input = await exportInput(templateMap(language), language);
    const whole = await exportMap({ format: 'png', region: { kind: 'map' }, scale: 2, background: 'white' }, input, noProgress);
    await keepExport(`map.${language}.png`, whole.bytes);
    const region = mapRegion(input.layout);
    expect(pngDimensions(whole.bytes)).toEqual({ width: Math.round(region.viewport.width * 2), height: Math.round(region.viewport.height * 2) });
    expect(whole.scale).toBe(2);
    const stageId = input.layout.columns[1]!.stageId;
    const stage = await exportMap({ format: 'png', region: { kind: 'stage', stageId }, scale: 1, background: 'transparent' }, input, noProgress);
    const column = stageRegion(input.layout, stageId)!;
    expect(pngDimensions(stage.bytes)).toEqual({ width: Math.round(column.viewport.width), height: Math.round(column.viewport.height) });
  });
});

describe('persona photos', () => {
  it('are drawn into the PDF (as an image), the SVG (as a data URL) and the PNG, from the full fixture map', async () => {
    const map = fullMap().map;
    const input = await exportInput(map, 'en');
    expect(input.photos.size).toBeGreaterThan(0);
    const pdf = await exportMap({ format: 'pdf', paper: 'A4', orientation: 'auto', pagePerStage: false, coverPage: true }, input, noProgress);
    await keepExport('full.en.pdf', pdf.bytes);
    const images = (await pdfImages(pdf.bytes)).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThan(0);
    const svg = new TextDecoder().decode((await exportMap({ format: 'svg' }, input, noProgress)).bytes);
    expect(svg).toContain('xlink:href="data:image/png;base64,');
    const png = await exportMap({ format: 'png', region: { kind: 'map' }, scale: 1, background: 'transparent' }, input, noProgress);
    await keepExport('full.en.png', png.bytes);
    expect(pngDimensions(png.bytes).width).toBe(Math.round(mapRegion(input.layout).viewport.width));
  });
});

describe('PNG background', () => {
  /** The PNG's pixels as the browser decodes them, unpremultiplied (as stored). */
  async function pixelsOf(bytes: Uint8Array): Promise<ImageData> {
    const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }), { premultiplyAlpha: 'none' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height, { colorSpace: 'srgb' });
  }

  it('transparent: what is see-through on it is white on white, and composited over white it is the white picture', async () => {
    const input = await exportInput(templateMap('en'), 'en');
    const stageId = input.layout.columns[0]!.stageId;
    const region = { kind: 'stage', stageId } as const;
    const clear = await pixelsOf((await exportMap({ format: 'png', region, scale: 1, background: 'transparent' }, input, noProgress)).bytes);
    const white = await pixelsOf((await exportMap({ format: 'png', region, scale: 1, background: 'white' }, input, noProgress)).bytes);
    expect([clear.width, clear.height]).toEqual([white.width, white.height]);
    let translucent = 0;
    let worst = 0;
    for (let i = 0; i < clear.data.length; i += 4) {
      const alpha = clear.data[i + 3]! / 255;
      if (alpha < 1) translucent++;
      // The PNG stores colour unmultiplied: over white it must give what the white export painted.
      for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(clear.data[i + c]! * alpha + 255 * (1 - alpha) - white.data[i + c]!));
    }
    // The stage's tint and the edges of what is drawn on nothing: a few percent of the picture.
    expect(translucent).toBeGreaterThan(clear.width * clear.height * 0.01);
    // Canvas blending rounds to 8 bits on both paths; a colour left premultiplied would be tens of levels off.
    expect(worst).toBeLessThanOrEqual(4);
    expect(white.data.every((value, i) => i % 4 !== 3 || value === 255)).toBe(true);
  });
});

describe('a map with no notes and no touchpoints', () => {
  it('exports a PDF (poster, cover, a page per stage) whose every page reads back, a PNG that decodes, and an SVG', async () => {
    const map = templateMap('pl');
    const empty = { ...map, notes: {}, touchpoints: {} };
    const input = await exportInput(empty, 'pl');
    const pdf = await exportMap({ format: 'pdf', paper: 'poster', orientation: 'auto', pagePerStage: true, coverPage: true }, input, noProgress);
    const pages = (await pdfText(pdf.bytes)).split('\f').filter((page) => page.trim() !== '');
    // The cover, the whole map, then each stage.
    expect(pages.length).toBe(2 + input.layout.columns.length);
    for (const column of input.layout.columns) expect(pages.some((page) => page.includes(column.name))).toBe(true);
    const png = await exportMap({ format: 'png', region: { kind: 'map' }, scale: 1, background: 'white' }, input, noProgress);
    const bitmap = await createImageBitmap(new Blob([png.bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    expect([bitmap.width, bitmap.height]).toEqual([pngDimensions(png.bytes).width, pngDimensions(png.bytes).height]);
    const svg = await exportMap({ format: 'svg' }, input, noProgress);
    expect(new DOMParser().parseFromString(new TextDecoder().decode(svg.bytes), 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });
});
