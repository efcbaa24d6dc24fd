/**
 * PDF: the SVG context's output, converted by svg2pdf.js into jsPDF vector
 * paths and real text in the embedded Noto Sans (selectable, searchable).
 * Each slice of painting is converted at the end of its slice, and the
 * streams are deflated on a worker at the end, so no task holds the window
 * for long: 1.2–1.7 s and no task over 75 ms for the 2,000-note poster on
 * the 2-core bench machine.
 */
import type { jsPDF } from 'jspdf';
import type { PdfOptions } from '../../model/export/exportOptions';
import { COVER_SIZE, planPdf, type Placement } from '../../model/export/pagePlan';
import { nextTask, runSteps, type Slicing } from '../../model/slices';
import { paintCover, type CoverText } from './paintCover';
import { type MapPicture, paintRegionSteps } from './paintMapRegion';
import { PdfCompressor } from './pdfCompress';
import { SvgContext } from './svgContext';

/**
 * Converting costs far more than painting into the SVG context, so a slice
 * ends once it has drawn this many elements: about 30 ms of conversion, which
 * leaves room for a garbage collection within the 100 ms a task may take.
 */
const ELEMENTS_PER_SLICE = 180;
/** The first conversion also compiles svg2pdf's code (tens of milliseconds more), so it gets fewer elements. */
const FIRST_SLICE_ELEMENTS = 50;

export async function exportPdf(
  options: PdfOptions,
  picture: MapPicture & { readonly cover: CoverText },
  onProgress: (done: number, total: number) => void,
  slicing: Slicing,
): Promise<Uint8Array> {
  const { signal } = slicing;
  const compressor = new PdfCompressor();
  try {
    const doc = await convertPages(options, picture, onProgress, slicing);
    // The last slice's conversion and jsPDF's output() each take tens of milliseconds: not in one task.
    await (slicing.turn ?? nextTask)();
    signal?.throwIfAborted();
    return await compressor.compress(new Uint8Array(doc.output('arraybuffer')));
  } finally {
    compressor.close();
  }
}

async function convertPages(
  options: PdfOptions,
  picture: MapPicture & { readonly cover: CoverText },
  onProgress: (done: number, total: number) => void,
  slicing: Slicing,
): Promise<jsPDF> {
  const [{ jsPDF }, { svg2pdf }, { addNotoSans }] = await Promise.all([import('jspdf'), import('svg2pdf.js'), import('./pdfFonts')]);
  const pages = planPdf(options, picture.layout);
  const orientation = (p: Placement) => (p.width > p.height ? 'landscape' : 'portrait');
  const first = pages[0]!.placement;
  const doc = new jsPDF({
    unit: 'pt',
    format: [first.width, first.height],
    orientation: orientation(first),
    // jsPDF would deflate in its one long call to output(); the compressor's worker does it after.
    compress: false,
    // A thousandth of a point is finer than any printer; jsPDF's default 16 digits double the page's content.
    floatPrecision: 3,
    // Embed the Noto Sans styles the page uses, not every style registered (nor the 14 standard fonts).
    putOnlyUsedFonts: true,
  });
  await addNotoSans(doc, slicing.turn);
  const parser = new DOMParser();
  let converted = false;
  const convert = async (svg: string, size: { width: number; height: number }, placement: Placement) => {
    const element = parser.parseFromString(svg, 'image/svg+xml').documentElement;
    converted = true;
    await svg2pdf(element, doc, { x: placement.x, y: placement.y, width: size.width * placement.scale, height: size.height * placement.scale });
  };

  const total = pages.length;
  for (const [index, page] of pages.entries()) {
    slicing.signal?.throwIfAborted();
    if (index > 0) doc.addPage([page.placement.width, page.placement.height], orientation(page.placement));
    if (page.kind === 'cover') {
      const ctx = new SvgContext();
      paintCover(ctx, picture.layout, picture.cover);
      await convert(ctx.toSvg(COVER_SIZE.width, COVER_SIZE.height), COVER_SIZE, page.placement);
      onProgress(index + 1, total);
      continue;
    }
    const ctx = new SvgContext();
    const size = page.region.viewport;
    await runSteps(paintRegionSteps(ctx, picture, page.region), (step) => onProgress(index + step.done / step.total, total), {
      ...slicing,
      sliceFull: () => ctx.pending() >= (converted ? ELEMENTS_PER_SLICE : FIRST_SLICE_ELEMENTS),
      endOfSlice: () => convert(ctx.takeChunk(size.width, size.height), size, page.placement),
    });
  }
  return doc;
}
