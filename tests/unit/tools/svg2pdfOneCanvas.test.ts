/** The build's patch to svg2pdf.js (build/svg2pdfOneCanvas.ts), on the installed package. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureOnOneCanvas } from '../../../build/svg2pdfOneCanvas';

const installed = readFileSync(join(process.cwd(), 'node_modules', 'svg2pdf.js', 'dist', 'svg2pdf.es.min.js'), 'utf8');

describe('svg2pdfOneCanvas', () => {
  it('applies to the svg2pdf.js the app bundles (its "module" entry)', () => {
    const manifest = createRequire(import.meta.url)('svg2pdf.js/package.json') as { module: string };
    expect(manifest.module).toBe('dist/svg2pdf.es.min.js');
  });

  it('makes canvasTextMeasure keep one context instead of creating a canvas per text', () => {
    const measure = (code: string) => /canvasTextMeasure=function\([^)]*\)\{[^}]*\}/.exec(code)![0];
    expect(measure(installed)).toContain('document.createElement("canvas")');
    const patched = measure(measureOnOneCanvas(installed));
    expect(patched).toMatch(/^canvasTextMeasure=function\([\w,]+\)\{var (\w+)=this\.measuringContext\|\|\(this\.measuringContext=document\.createElement\("canvas"\)\.getContext\("2d"\)\);/);
    expect(measureOnOneCanvas(installed).length - installed.length).toBe('this.measuringContext||(this.measuringContext=)'.length);
  });

  it('fails the build on code it does not recognise, rather than shipping svg2pdf unpatched', () => {
    expect(() => measureOnOneCanvas('export function svg2pdf() {}')).toThrow(/svg2pdf\.js 2\.8\.1/);
  });
});
