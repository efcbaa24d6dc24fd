/**
 * What the facilitator chose in File ▸ Export… for the vector and image
 * formats: plain data, so the dialog, the export code, the tests and the bench
 * all speak the same words. CSV and Markdown have no options of their own.
 */
import type { Rect } from '../layout';

export const PAPER_SIZES = ['A4', 'A3', 'A2', 'A1', 'A0'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface PdfOptions {
  readonly format: 'pdf';
  /** `poster`: one page sized to the map; a paper size fits the map (or each stage) onto that sheet. */
  readonly paper: 'poster' | PaperSize;
  readonly orientation: 'auto' | 'portrait' | 'landscape';
  /** One page per stage (with the persona and lane titles repeated), after the whole-map page. */
  readonly pagePerStage: boolean;
  /** A first page with the map's goal and its personas. */
  readonly coverPage: boolean;
}

export interface SvgOptions {
  readonly format: 'svg';
}

export type PngRegion =
  | { readonly kind: 'map' }
  /** The part of the world the board shows now, in world coordinates. */
  | { readonly kind: 'view'; readonly rect: Rect }
  | { readonly kind: 'stage'; readonly stageId: string };

export const PNG_SCALES = [1, 2, 3, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface PngOptions {
  readonly format: 'png';
  readonly region: PngRegion;
  readonly scale: PngScale;
  readonly background: 'white' | 'transparent';
}

export type ExportOptions = PdfOptions | SvgOptions | PngOptions;
export type ExportFormat = ExportOptions['format'];

/** The finished file, ready to hand to the main process's save dialog. */
export interface ExportResult {
  readonly bytes: Uint8Array;
  readonly mime: 'application/pdf' | 'image/svg+xml' | 'image/png';
  readonly extension: ExportFormat;
  /**
   * PNG only: pixels per world unit actually used. Lower than the asked scale when the
   * picture would exceed the largest canvas a browser draws (model/export/pngSize.ts).
   */
  readonly scale?: number;
}

/** Reports work done so far out of the total, for a progress bar; called between slices of work. */
export type ExportProgress = (done: number, total: number) => void;
