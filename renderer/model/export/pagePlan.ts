/**
 * The pages of a PDF export, in points: which region goes on which page, at
 * what scale and where. Pure arithmetic, so it is tested without a PDF.
 */
import type { BoardLayout } from '../layout';
import type { PaperSize, PdfOptions } from './exportOptions';
import { type ExportRegion, mapRegion, stageRegion } from './regions';

/** ISO 216 sheets, portrait, in millimetres. */
export const PAPER_MM: { readonly [P in PaperSize]: readonly [number, number] } = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
  A1: [594, 841],
  A0: [841, 1189],
};

export const PT_PER_MM = 72 / 25.4;
/** A world unit is a CSS pixel: 96 per inch, 72 points per inch. */
export const PT_PER_PX = 0.75;
/** The largest page side most PDF readers open (200 inches); a larger poster is scaled down to it. */
export const MAX_PAGE_PT = 14400;
/** White margin around a map fitted onto paper. */
export const PAPER_MARGIN_MM = 10;

/** The cover is laid out on this virtual sheet (A4 landscape at 96 dpi) and fitted like a map. */
export const COVER_SIZE = { width: 1123, height: 794 } as const;

export interface Placement {
  /** Page size in points. */
  readonly width: number;
  readonly height: number;
  /** Points per export pixel, and where the picture's top-left corner lands on the page. */
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export type PlannedPage =
  | { readonly kind: 'cover'; readonly placement: Placement }
  | { readonly kind: 'map'; readonly region: ExportRegion; readonly placement: Placement }
  | { readonly kind: 'stage'; readonly stageId: string; readonly region: ExportRegion; readonly placement: Placement };

/** Page size (points) for a paper and orientation; `auto` follows the picture's shape. */
export function paperPage(paper: PaperSize, orientation: PdfOptions['orientation'], picture: { width: number; height: number }): [number, number] {
  const [short, long] = PAPER_MM[paper].map((mm) => mm * PT_PER_MM) as [number, number];
  const landscape = orientation === 'landscape' || (orientation === 'auto' && picture.width > picture.height);
  return landscape ? [long, short] : [short, long];
}

/** Where a picture of `width`×`height` export pixels goes on a page: fitted and centred on paper, the page itself on a poster. */
export function place(options: Pick<PdfOptions, 'paper' | 'orientation'>, picture: { width: number; height: number }): Placement {
  if (options.paper === 'poster') {
    const scale = Math.min(PT_PER_PX, MAX_PAGE_PT / picture.width, MAX_PAGE_PT / picture.height);
    return { width: picture.width * scale, height: picture.height * scale, scale, x: 0, y: 0 };
  }
  const [width, height] = paperPage(options.paper, options.orientation, picture);
  const margin = PAPER_MARGIN_MM * PT_PER_MM;
  const scale = Math.min((width - 2 * margin) / picture.width, (height - 2 * margin) / picture.height);
  return { width, height, scale, x: (width - picture.width * scale) / 2, y: (height - picture.height * scale) / 2 };
}

/** Cover (if asked), the whole map, then one page per stage (if asked), in stage order. */
export function planPdf(options: PdfOptions, layout: Pick<BoardLayout, 'width' | 'height' | 'columns'>): PlannedPage[] {
  const pages: PlannedPage[] = [];
  const whole = mapRegion(layout);
  if (options.coverPage) {
    // A poster's cover is a sheet of A4: a cover the size of the wall would only be empty.
    const paper = options.paper === 'poster' ? { paper: 'A4' as const, orientation: 'landscape' as const } : options;
    pages.push({ kind: 'cover', placement: place(paper, COVER_SIZE) });
  }
  pages.push({ kind: 'map', region: whole, placement: place(options, whole.viewport) });
  if (options.pagePerStage) {
    for (const column of layout.columns) {
      const region = stageRegion(layout, column.stageId);
      if (region) pages.push({ kind: 'stage', stageId: column.stageId, region, placement: place(options, region.viewport) });
    }
  }
  return pages;
}
