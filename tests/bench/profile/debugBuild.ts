/**
 * An unminified production build of the renderer, for CPU profiles whose
 * function names can be read. Same settings as electron.vite.config.ts's
 * renderer section, except `minify: false`. Written to a temp folder.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { svg2pdfOneCanvas } from '../../../build/svg2pdfOneCanvas';

export async function buildDebugRenderer(root: string, version: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'journeyboard-bench-renderer-'));
  // With NODE_ENV=development Vite would bundle React's dev build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildProduction(root, version, outDir);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

async function buildProduction(root: string, version: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    mode: 'production',
    root: join(root, 'renderer'),
    base: './',
    logLevel: 'error',
    plugins: [react(), svg2pdfOneCanvas()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
}
