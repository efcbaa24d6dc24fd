/**
 * The export engine in the built app under the main process's strict CSP:
 * jsPDF, svg2pdf.js and the embedded font load as lazy chunks, a map with a
 * persona photo exports to PDF, SVG and PNG, and nothing is refused.
 * (The File ▸ Export… dialog and the save are the UI's; this drives the engine
 * through window.__journeyboard.exportMap.)
 */
import { contentSecurityPolicy } from '../../electron/security/trust';
import { expect, test } from './harness';

const CSP = contentSecurityPolicy({ indexPath: '/unused/index.html', devServerUrl: undefined });

test('PDF, SVG and PNG of the full fixture map under the strict CSP', async ({ app, page, workspace }) => {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`));
  });
  await app.start();
  await app.openWithKeyboard(await workspace.copy('full.cjm'));
  const results = await page.evaluate(async () => {
    const run = window.__journeyboard!.exportMap;
    const pdf = await run({ format: 'pdf', paper: 'A3', orientation: 'auto', pagePerStage: true, coverPage: true });
    const svg = await run({ format: 'svg' });
    const png = await run({ format: 'png', region: { kind: 'map' }, scale: 2, background: 'white' });
    const head = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 8));
    return [
      [pdf.mime, head(pdf.bytes)],
      [svg.mime, new TextDecoder().decode(svg.bytes).includes('data:image/png;base64,') ? 'photo' : 'no photo'],
      [png.mime, head(png.bytes).slice(1, 4)],
    ];
  });
  expect(results).toEqual([
    ['application/pdf', '%PDF-1.3'],
    ['image/svg+xml', 'photo'],
    ['image/png', 'PNG'],
  ]);
  expect(await page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations])).toEqual([]);
});
