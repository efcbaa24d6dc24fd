/**
 * PDF: the SVG context's output, converted by svg2pdf.js into jsPDF vector
 * paths and real text in the embedded Noto Sans (selectable, searchable).
 * Measured against jsPDF's own context2d, see the report in exportMap.ts.
 * Each slice of painting is converted at the end of its slice, so no task
 * holds the window for long.
 */
import type { PdfOptions } from '../../model/export/exportOptions';
import { COVER_SIZE, planPdf, type Placement } from '../../model/export/pagePlan';
import { runSteps } from '../../model/slices';
import { paintCover, type CoverText } from './paintCover';
import { type MapPicture, paintRegionSteps } from './paintMapRegion';
import { SvgContext } from './svgContext';

/**
 * Converting costs far more than painting into the SVG context (svg2pdf.js
 * takes ~0.15 ms per element on the bench machine), so a slice ends once it has
 * drawn this many elements: about 40 ms of conversion.
 */
const ELEMENTS_PER_SLICE = 250;

export async function exportPdf(
  options: PdfOptions,
  picture: MapPicture & { readonly cover: CoverText },
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const [{ jsPDF }, { svg2pdf }, { addNotoSans }] = await Promise.all([import('jspdf'), import('svg2pdf.js'), import('./pdfFonts')]);
  const pages = planPdf(options, picture.layout);
  const orientation = (p: Placement) => (p.width > p.height ? 'landscape' : 'portrait');
  const first = pages[0]!.placement;
  const doc = new jsPDF({ unit: 'pt', format: [first.width, first.height], orientation: orientation(first), compress: true });
  await addNotoSans(doc);
  const parser = new DOMParser();
  const convert = async (svg: string, size: { width: number; height: number }, placement: Placement) => {
    const element = parser.parseFromString(svg, 'image/svg+xml').documentElement;
    await svg2pdf(element, doc, { x: placement.x, y: placement.y, width: size.width * placement.scale, height: size.height * placement.scale });
  };

  const total = pages.length;
  for (const [index, page] of pages.entries()) {
    signal?.throwIfAborted();
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
      signal,
      sliceFull: () => ctx.pending() >= ELEMENTS_PER_SLICE,
      endOfSlice: () => convert(ctx.takeChunk(size.width, size.height), size, page.placement),
    });
  }
  signal?.throwIfAborted();
  return new Uint8Array(doc.output('arraybuffer'));
}
