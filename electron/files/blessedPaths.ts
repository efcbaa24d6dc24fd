/**
 * The only paths the renderer may save to: ones the user picked in a dialog or
 * opened from the OS (argv, open-file, a second instance). A compromised or
 * buggy renderer therefore cannot write anywhere else.
 */
import { extname, resolve } from 'node:path';

export const DOCUMENT_EXTENSION = '.cjm';

export const isDocumentPath = (path: string): boolean => extname(path).toLowerCase() === DOCUMENT_EXTENSION;

export interface BlessedPaths {
  /** Remembers a user-chosen `.cjm` path; returns its normalized form, or null for other files. */
  bless(path: string): string | null;
  isBlessed(path: string): boolean;
}

export function createBlessedPaths(): BlessedPaths {
  const blessed = new Set<string>();
  return {
    bless(path) {
      if (!isDocumentPath(path)) return null;
      const normalized = resolve(path);
      blessed.add(normalized);
      return normalized;
    },
    isBlessed(path) {
      return blessed.has(resolve(path));
    },
  };
}
