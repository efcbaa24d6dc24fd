/**
 * The bundled Noto Sans for jsPDF, embedded (subset) in every PDF under the
 * family name the SVG context writes, so svg2pdf picks it for every text and
 * Polish, Romanian and Cyrillic letters come out exact and searchable.
 * Inlined into a chunk that is loaded only when a PDF is made (CSP: no fetch).
 */
import type { jsPDF } from 'jspdf';
import { nextTask } from '../../model/slices';
import regular from '../../../assets/fonts/NotoSans_400Regular.ttf?inline';
import bold from '../../../assets/fonts/NotoSans_700Bold.ttf?inline';

/** The family as the SVG names it (theme.ts FONT_FAMILY's first family). */
export const PDF_FONT_FAMILY = 'Noto Sans';

const base64 = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** svg2pdf asks for the style its font-weight and font-style name; the bundle has no italic, so italic is upright. */
const STYLES = [
  ['NotoSans-Regular.ttf', 'normal'],
  ['NotoSans-Regular.ttf', 'italic'],
  ['NotoSans-Bold.ttf', 'bold'],
  ['NotoSans-Bold.ttf', 'bolditalic'],
] as const;

/** jsPDF parses the whole TTF for every style (20–50 ms each), so each gets a task of its own. */
export async function addNotoSans(doc: jsPDF, turn: () => Promise<void> = nextTask): Promise<void> {
  doc.addFileToVFS('NotoSans-Regular.ttf', base64(regular));
  doc.addFileToVFS('NotoSans-Bold.ttf', base64(bold));
  for (const [file, style] of STYLES) {
    doc.addFont(file, PDF_FONT_FAMILY, style);
    await turn();
  }
  doc.setFont(PDF_FONT_FAMILY, 'normal');
}
