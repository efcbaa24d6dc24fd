/**
 * The one entry point of the PDF, SVG and PNG exports: the options the
 * facilitator chose, the map's layout with its labels and photos, and the
 * cover's words; it resolves to the file's bytes for the save dialog.
 * Work runs in slices (model/slices.ts), reporting progress between them,
 * with turns paced so the window keeps painting (framePacer.ts);
 * an aborted signal stops it with the signal's reason.
 */
import type { ExportOptions, ExportProgress, ExportResult } from '../../model/export/exportOptions';
import { exportPdf } from './exportPdf';
import { exportPng } from './exportPng';
import { exportSvg } from './exportSvg';
import { FramePacer } from './framePacer';
import type { CoverText } from './paintCover';
import type { MapPicture } from './paintMapRegion';

export type { CoverText } from './paintCover';
export type { MapPicture } from './paintMapRegion';

export interface ExportInput extends MapPicture {
  readonly cover: CoverText;
}

export async function exportMap(options: ExportOptions, input: ExportInput, onProgress: ExportProgress, signal?: AbortSignal): Promise<ExportResult> {
  const pacer = new FramePacer();
  const slicing = { signal, turn: pacer.turn };
  try {
    switch (options.format) {
      case 'pdf':
        return { bytes: await exportPdf(options, input, onProgress, slicing), mime: 'application/pdf', extension: 'pdf' };
      case 'svg':
        return { bytes: await exportSvg(input, onProgress, slicing), mime: 'image/svg+xml', extension: 'svg' };
      case 'png': {
        const { bytes, size } = await exportPng(options, input, onProgress, slicing);
        return { bytes, mime: 'image/png', extension: 'png', scale: size.scale };
      }
    }
  } finally {
    pacer.stop();
  }
}
