/**
 * Browser-test commands that run in Node (vitest browser `commands`): read a
 * PDF's text with poppler's pdftotext, and keep an export on disk (PDF page 1
 * rendered by pdftoppm) so a person can look at it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserCommand } from 'vitest/node';

/** Where `keepExport` writes: tests/browser/__exports__ is git-ignored. */
export const EXPORTS_DIR = join(process.cwd(), 'tests', 'browser', '__exports__');

/** Runs a poppler tool on the PDF, written to a temporary file, and returns what it prints. */
function poppler(tool: string, args: readonly string[], base64: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jb-pdf-'));
  try {
    const file = join(dir, 'export.pdf');
    writeFileSync(file, Buffer.from(base64, 'base64'));
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText: BrowserCommand<[base64: string]> = (_context, base64) => poppler('pdftotext', ['-enc', 'UTF-8'], base64);

/** `pdfimages -list`: one line per embedded image, after two header lines. */
export const pdfImages: BrowserCommand<[base64: string]> = (_context, base64) => poppler('pdfimages', ['-list'], base64);

/** Writes `name` and, for a PDF, `name`-1.png of its first page at 50 dpi; returns the paths. */
export const keepExport: BrowserCommand<[name: string, base64: string]> = (_context, name, base64) => {
  mkdirSync(EXPORTS_DIR, { recursive: true });
  const file = join(EXPORTS_DIR, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  if (!name.endsWith('.pdf')) return [file];
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, prefix]);
  return [file, `${prefix}-1.png`];
};
