/**
 * What the facilitator last chose in File ▸ Export… and File ▸ Print…, kept
 * in the view state for the session so the next export starts from there.
 * Plain data; `exportOptionsFor` turns it into the engine's options once the
 * board can say what "the current view" is.
 */
import type { Rect } from '../model/layout';
import type { ExportOptions, PdfOptions, PngOptions, PngScale } from '../model/export/exportOptions';

export const DIALOG_FORMATS = ['pdf', 'svg', 'png', 'csv', 'markdown'] as const;
export type DialogFormat = (typeof DIALOG_FORMATS)[number];

export type PngRegionChoice = 'map' | 'view' | 'stage';

export interface ExportChoices {
  readonly format: DialogFormat;
  readonly pdf: Omit<PdfOptions, 'format'>;
  readonly png: {
    readonly region: PngRegionChoice;
    /** The stage for `region: 'stage'`; null until one is picked (the first stage then). */
    readonly stageId: string | null;
    readonly scale: PngScale;
    readonly background: PngOptions['background'];
  };
}

/** Fit the whole map on one sheet, or give each stage its own. */
export const PRINT_LAYOUTS = ['fit', 'stages'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

export const DEFAULT_EXPORT_CHOICES: ExportChoices = {
  format: 'pdf',
  pdf: { paper: 'poster', orientation: 'auto', pagePerStage: false, coverPage: false },
  png: { region: 'map', stageId: null, scale: 2, background: 'white' },
};

/**
 * The engine's options for a PDF, SVG or PNG; null for CSV and Markdown, which
 * have their own exports. A stage that no longer exists falls back to the
 * first one, and a map without stages exports the whole map.
 */
export function exportOptionsFor(
  choices: ExportChoices,
  context: { readonly view: Rect | null; readonly stageIds: readonly string[] },
): ExportOptions | null {
  switch (choices.format) {
    case 'pdf':
      return { format: 'pdf', ...choices.pdf };
    case 'svg':
      return { format: 'svg' };
    case 'png': {
      const { scale, background } = choices.png;
      return { format: 'png', scale, background, region: pngRegion(choices.png, context) };
    }
    default:
      return null;
  }
}

function pngRegion(png: ExportChoices['png'], { view, stageIds }: { readonly view: Rect | null; readonly stageIds: readonly string[] }): PngOptions['region'] {
  if (png.region === 'view' && view) return { kind: 'view', rect: view };
  if (png.region === 'stage') {
    const stageId = png.stageId !== null && stageIds.includes(png.stageId) ? png.stageId : stageIds[0];
    if (stageId !== undefined) return { kind: 'stage', stageId };
  }
  return { kind: 'map' };
}
