import { resolve } from 'node:path';
import { isDocumentPath } from './files/blessedPaths';

/**
 * The `.cjm` files named on a command line (a double-click on Windows and Linux,
 * or a second instance), resolved against the folder it was started from.
 * Flags and Electron's own arguments (`electron .` in development) are skipped.
 */
export function documentPathsInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isDocumentPath(arg))
    .map((arg) => resolve(workingDirectory, arg));
}
