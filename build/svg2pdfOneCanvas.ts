/**
 * A build-time fix to svg2pdf.js 2.8.1 (pinned), applied by every build of
 * the renderer: the app's, the browser tests' and the bench's.
 *
 * Why: svg2pdf measures every text it converts (for its bounding box) on a
 * canvas it creates for that one measurement. Creating the canvas and its
 * context is most of the cost, and a 2,000-note poster has thousands of
 * texts: it was a third of the PDF export (1.1 s of 2.9 s on the 2-core bench
 * machine). Patched, it keeps one context for the whole conversion call.
 * svg2pdf offers no option for this, so the bundled code is changed where it
 * is loaded; if the code is not found (another svg2pdf version), the build
 * fails rather than quietly losing the fix.
 */
import type { Plugin } from 'vite';

const SVG2PDF = /[\\/]svg2pdf\.js[\\/]dist[\\/]svg2pdf\.es\.min\.js$/;
const FRESH_CANVAS = /(canvasTextMeasure=function\([\w,]+\)\{var (\w+)=)document\.createElement\("canvas"\)\.getContext\("2d"\);/;

/** svg2pdf's minified module with one measuring context per TextMeasure (one per svg2pdf call). */
export function measureOnOneCanvas(code: string): string {
  if (!FRESH_CANVAS.test(code)) throw new Error('svg2pdfOneCanvas: canvasTextMeasure is not the one in svg2pdf.js 2.8.1; review the patch');
  return code.replace(FRESH_CANVAS, '$1this.measuringContext||(this.measuringContext=document.createElement("canvas").getContext("2d"));');
}

export function svg2pdfOneCanvas(): Plugin {
  return {
    name: 'journeyboard:svg2pdf-one-canvas',
    transform(code, id) {
      return SVG2PDF.test(id) ? { code: measureOnOneCanvas(code), map: null } : null;
    },
  };
}
